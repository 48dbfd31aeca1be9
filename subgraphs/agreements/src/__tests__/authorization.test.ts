import type { Caller } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { AuditRepository } from '@partnership-graph/shared';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { callerWith, countRows, openFixture, startInstitutions, type AgreementsFixture } from './fixture';

/**
 * Who may write, and the audit log every write leaves. Against the real institutions
 * subgraph (it answers the reference checks of the writes that are allowed).
 */
let institutions: Awaited<ReturnType<typeof startInstitutions>>;
beforeAll(async () => {
  institutions = await startInstitutions();
}, 90_000);
afterAll(() => institutions?.cleanup());

const anonymous: Caller = { id: null, roles: [], institutionId: null };
const viewer = callerWith('viewer-leyla', 'viewer');
const analyst = callerWith('analyst-rauf', 'analyst');
const talentEditor = callerWith('editor-nigar', 'editor:talent');
const institutionsEditor = callerWith('editor-kamran', 'editor:institutions');
const registrar = { ...callerWith('registrar-aztu', 'registrar'), institutionId: 'aztu' };
const editor = callerWith('editor-aysel', 'editor:agreements');
const admin = callerWith('admin-murad', 'admin');

const AGREEMENT = 'mou-bsu-bayraktar-2025';
const EVENT = 'aztu-forum-2025-05-15';

/** Every mutation with valid arguments for the seed data (each would succeed for an editor). */
const mutations: Array<[string, string, Record<string, unknown>]> = [
  [
    'createAgreement',
    'mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
    { input: { title: 'A memorandum', kind: 'MEMORANDUM_OF_UNDERSTANDING', parties: [{ institutionId: 'aztu' }] } },
  ],
  [
    'updateAgreement',
    'mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, expectedVersion: 1, input: $input) { id } }',
    { id: AGREEMENT, input: { title: 'Renamed' } },
  ],
  [
    'addAgreementParty',
    'mutation($id: ID!) { addAgreementParty(agreementId: $id, expectedVersion: 1, party: { institutionId: "aztu" }) { id } }',
    { id: AGREEMENT },
  ],
  [
    'removeAgreementParty',
    'mutation($id: ID!) { removeAgreementParty(agreementId: $id, expectedVersion: 1, institutionId: "bsu") { id } }',
    { id: AGREEMENT },
  ],
  [
    'transitionAgreement',
    'mutation($id: ID!) { transitionAgreement(id: $id, expectedVersion: 1, to: ACTIVE) { id } }',
    { id: AGREEMENT },
  ],
  ['createEvent', 'mutation { createEvent(input: { title: "A seminar", kind: SEMINAR }) { id } }', {}],
  [
    'updateEvent',
    'mutation($id: ID!) { updateEvent(id: $id, expectedVersion: 1, input: { online: true }) { id } }',
    { id: EVENT },
  ],
  [
    'addEventSpeaker',
    'mutation($id: ID!) { addEventSpeaker(eventId: $id, expectedVersion: 1, speaker: { personId: "elchin-babayev" }) { id } }',
    { id: EVENT },
  ],
  [
    'removeEventSpeaker',
    'mutation($id: ID!) { removeEventSpeaker(eventId: $id, expectedVersion: 1, personId: "vilayat-valiyev") { id } }',
    { id: EVENT },
  ],
];

const auditLog = `query($id: ID!, $first: Int, $after: String) {
  auditLog(entityId: $id, first: $first, after: $after) {
    totalCount
    nodes { id entityType entityId action actor at before after }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe.each(testDatabases())('authorization and the audit log on $label', (database) => {
  let fx: AgreementsFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { institutionsUrl: institutions.url });
  });
  afterAll(() => fx?.close());

  async function auditOf(id: string) {
    const { data, errors } = await fx.query(auditLog, { id, first: 100 }, admin);
    expect(errors).toBeUndefined();
    return data!.auditLog as {
      totalCount: number;
      nodes: Array<{
        id: string;
        entityType: string;
        entityId: string;
        action: string;
        actor: string;
        at: string;
        before: string | null;
        after: string | null;
      }>;
    };
  }

  describe.each([
    ['an anonymous caller', anonymous, 'UNAUTHENTICATED'],
    ['a viewer', viewer, 'FORBIDDEN'],
    ['an analyst', analyst, 'FORBIDDEN'],
    ['an editor of talent', talentEditor, 'FORBIDDEN'],
    ['an editor of institutions', institutionsEditor, 'FORBIDDEN'],
    ['a registrar', registrar, 'FORBIDDEN'],
  ])('%s', (_who, caller, code) => {
    it.each(mutations)(`is refused %s with ${code}, and nothing is written`, async (name, query, variables) => {
      const before = await countRows(fx.dataSource);
      const { data, errors } = await fx.query(query, variables, caller);
      expect(errors).toHaveLength(1);
      expect(errors?.[0].extensions?.code).toBe(code);
      expect(errors?.[0].message).toContain(name);
      expect(errors?.[0].message).toContain('editor:agreements or admin');
      expect(data ?? null).toBeNull();
      expect(await countRows(fx.dataSource)).toEqual(before);
    });

    it('is refused before its input is looked at (no BAD_USER_INPUT, no reference check)', async () => {
      const { errors } = await fx.query(
        'mutation { createAgreement(input: { title: " ", kind: CONTRACT, parties: [{ institutionId: "No Such Id" }] }) { id } }',
        {},
        caller,
      );
      expect(errors?.[0].extensions?.code).toBe(code);
    });

    it(`cannot read the audit log (${code})`, async () => {
      const { data, errors } = await fx.query(auditLog, { id: AGREEMENT }, caller);
      expect(errors?.[0].extensions?.code).toBe(code);
      expect(errors?.[0].message).toContain('admin');
      expect(data ?? null).toBeNull();
    });
  });

  it('an editor of agreements cannot read the audit log either', async () => {
    const { errors } = await fx.query(auditLog, { id: AGREEMENT }, editor);
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  describe('an editor of agreements', () => {
    it('records an agreement and exactly one audit entry: who, when, nothing before, the agreement after', async () => {
      const before = await countRows(fx.dataSource);
      const startedAt = new Date().toISOString();
      const { data, errors } = await fx.query(
        `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`,
        {
          input: {
            title: 'Memorandum on metallurgy training',
            kind: 'MEMORANDUM_OF_UNDERSTANDING',
            parties: [
              { institutionId: 'aztu', role: 'SIGNATORY_PARTY', signatoryId: 'vilayat-valiyev' },
              { institutionId: 'ganja-aluminium-complex' },
            ],
            areas: ['metallurgy'],
            commitments: [{ kind: 'INTERNSHIPS', description: 'Internships for bachelor students.' }],
            sources: [{ sourceId: 'src-aic-three-years', quote: 'an experimental laboratory' }],
          },
        },
        editor,
      );
      expect(errors).toBeUndefined();
      const id = data!.createAgreement.id as string;
      const after = await countRows(fx.dataSource);
      expect(after.audit_log).toBe(before.audit_log + 1);

      const log = await auditOf(id);
      expect(log.totalCount).toBe(1);
      const [entry] = log.nodes;
      expect(entry).toMatchObject({
        entityType: 'Agreement',
        entityId: id,
        action: 'CREATE',
        actor: 'editor-aysel',
        before: null,
      });
      expect(entry.at >= startedAt && entry.at <= new Date().toISOString()).toBe(true);
      expect(entry.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(JSON.parse(entry.after!)).toEqual({
        id,
        version: 1,
        title: 'Memorandum on metallurgy training',
        titleIsDescriptive: false,
        kind: 'MEMORANDUM_OF_UNDERSTANDING',
        status: 'ANNOUNCED',
        description: null,
        signedOn: null,
        validFrom: null,
        validUntil: null,
        areas: ['metallurgy'],
        parties: [
          { institutionId: 'aztu', role: 'SIGNATORY_PARTY', signatoryId: 'vilayat-valiyev' },
          { institutionId: 'ganja-aluminium-complex', role: null, signatoryId: null },
        ],
        commitments: [{ kind: 'INTERNSHIPS', description: 'Internships for bachelor students.' }],
        sources: [{ sourceId: 'src-aic-three-years', quote: 'an experimental laboratory' }],
      });
    });

    it.each(mutations)(
      '%s writes exactly one audit entry with the record before and after',
      async (name, query, variables) => {
        // A fresh record for each mutation: the seeded ones are at version 1.
        const fresh = await openFixture(database, { institutionsUrl: institutions.url });
        try {
          const before = await countRows(fresh.dataSource);
          const { data, errors } = await fresh.query(query, variables, editor);
          expect(errors).toBeUndefined();
          const id = data![name].id as string;
          expect((await countRows(fresh.dataSource)).audit_log).toBe(before.audit_log + 1);
          const { data: logged } = await fresh.query(auditLog, { id }, admin);
          expect(logged?.auditLog.totalCount).toBe(1);
          const entry = logged?.auditLog.nodes[0];
          expect(entry).toMatchObject({
            entityId: id,
            action: name.startsWith('create') ? 'CREATE' : name.startsWith('transition') ? 'TRANSITION' : 'UPDATE',
            actor: 'editor-aysel',
            entityType: name.includes('Event') ? 'Event' : 'Agreement',
          });
          const after = JSON.parse(entry.after);
          expect(after.id).toBe(id);
          if (name.startsWith('create')) {
            expect(entry.before).toBeNull();
            expect(after.version).toBe(1);
            return;
          }
          const previous = JSON.parse(entry.before);
          expect(previous.version).toBe(1);
          expect(after.version).toBe(2);
          const changed = Object.keys(after).filter(
            (key) => JSON.stringify(after[key]) !== JSON.stringify(previous[key]),
          );
          const expected: Record<string, string[]> = {
            updateAgreement: ['version', 'title'],
            addAgreementParty: ['version', 'parties'],
            removeAgreementParty: ['version', 'parties'],
            transitionAgreement: ['version', 'status'],
            updateEvent: ['version', 'online'],
            addEventSpeaker: ['version', 'speakers'],
            removeEventSpeaker: ['version', 'speakers'],
          };
          expect(changed).toEqual(expected[name]);
        } finally {
          await fresh.close();
        }
      },
    );
  });

  it('an admin may write too, and is named as the actor', async () => {
    const { data, errors } = await fx.query(
      'mutation { createEvent(input: { title: "Admin seminar", kind: SEMINAR }) { id } }',
      {},
      admin,
    );
    expect(errors).toBeUndefined();
    const log = await auditOf(data!.createEvent.id);
    expect(log.nodes.map((n) => [n.action, n.actor])).toEqual([['CREATE', 'admin-murad']]);
  });

  describe('a failed mutation leaves no audit entry', () => {
    it('when refused for its input, its version or its references', async () => {
      const before = await countRows(fx.dataSource);
      const refused = [
        await fx.query(
          'mutation { updateAgreement(id: "aztu-aic-cooperation", expectedVersion: 9, input: { title: "Stale" }) { id } }',
          {},
          editor,
        ),
        await fx.query(
          'mutation { transitionAgreement(id: "aztu-aic-cooperation", expectedVersion: 1, to: EXPIRED) { id } }',
          {},
          editor,
        ),
        await fx.query(
          'mutation { createAgreement(input: { title: "X", kind: CONTRACT, parties: [{ institutionId: "hogwarts" }] }) { id } }',
          {},
          editor,
        ),
        await fx.query(
          'mutation { removeEventSpeaker(eventId: "aztu-forum-2025-05-15", expectedVersion: 1, personId: "nobody-here") { id } }',
          {},
          editor,
        ),
      ];
      expect(refused.map((r) => r.errors?.[0].extensions?.code)).toEqual([
        'CONFLICT',
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
        'BAD_USER_INPUT',
      ]);
      expect(await countRows(fx.dataSource)).toEqual(before);
      expect((await auditOf('aztu-aic-cooperation')).totalCount).toBe(0);
    });

    it('when it fails midway: the change and its entry roll back together', async () => {
      const before = await countRows(fx.dataSource);
      const spy = jest
        .spyOn(AgreementCommitmentRepository.prototype, 'replace')
        .mockRejectedValueOnce(new Error('disk full'));
      try {
        const { errors } = await fx.query(
          'mutation { updateAgreement(id: "aztu-aic-cooperation", expectedVersion: 1, input: { title: "Half", commitments: [] }) { id } }',
          {},
          editor,
        );
        expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        spy.mockRestore();
      }
      expect(await countRows(fx.dataSource)).toEqual(before);
      expect((await auditOf('aztu-aic-cooperation')).totalCount).toBe(0);
    });

    it('and a change whose audit entry cannot be written is not made', async () => {
      const before = await countRows(fx.dataSource);
      const spy = jest
        .spyOn(AuditRepository.prototype, 'insert')
        .mockRejectedValueOnce(new Error('audit table unavailable'));
      try {
        const { data, errors } = await fx.query(
          'mutation { transitionAgreement(id: "aztu-aic-cooperation", expectedVersion: 1, to: SIGNED, on: "2026-01-15") { id } }',
          {},
          editor,
        );
        expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(data).toBeNull();
      } finally {
        spy.mockRestore();
      }
      expect(await countRows(fx.dataSource)).toEqual(before);
      const { data } = await fx.query('{ agreement(id: "aztu-aic-cooperation") { status version signedOn } }');
      expect(data?.agreement).toEqual({ status: 'ANNOUNCED', version: 1, signedOn: null });
    });
  });

  it("keeps an agreement's whole history, newest first, in pages", async () => {
    const create = await fx.query(
      'mutation { createAgreement(input: { title: "History", kind: CONTRACT, parties: [{ institutionId: "bsu" }] }) { id } }',
      {},
      editor,
    );
    const id = create.data!.createAgreement.id as string;
    const steps = [
      `mutation { transitionAgreement(id: "${id}", expectedVersion: 1, to: SIGNED, on: "2026-02") { id } }`,
      `mutation { addAgreementParty(agreementId: "${id}", expectedVersion: 2, party: { institutionId: "aztu" }) { id } }`,
      `mutation { updateAgreement(id: "${id}", expectedVersion: 3, input: { areas: ["energy"] }) { id } }`,
    ];
    for (const step of steps) expect((await fx.query(step, {}, admin)).errors).toBeUndefined();

    const first = await fx.query(auditLog, { id, first: 3 }, admin);
    expect(first.data?.auditLog.totalCount).toBe(4);
    expect(first.data?.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual([
      'UPDATE',
      'UPDATE',
      'TRANSITION',
    ]);
    expect(first.data?.auditLog.nodes.map((n: { actor: string }) => n.actor)).toEqual([
      'admin-murad',
      'admin-murad',
      'admin-murad',
    ]);
    expect(first.data?.auditLog.pageInfo.hasNextPage).toBe(true);
    const rest = await fx.query(auditLog, { id, first: 3, after: first.data?.auditLog.pageInfo.endCursor }, admin);
    expect(rest.data?.auditLog.nodes.map((n: { action: string; actor: string }) => [n.action, n.actor])).toEqual([
      ['CREATE', 'editor-aysel'],
    ]);
    expect(rest.data?.auditLog.pageInfo.hasNextPage).toBe(false);
    // Each entry's "before" is the previous entry's "after".
    const all = [...rest.data!.auditLog.nodes, ...[...first.data!.auditLog.nodes].reverse()];
    for (let i = 1; i < all.length; i++) expect(JSON.parse(all[i].before)).toEqual(JSON.parse(all[i - 1].after));
    expect(JSON.parse(all[1].after)).toMatchObject({ status: 'SIGNED', signedOn: '2026-02' });
  });

  it('stores a record beyond 64 KB in full (a JSON column, not TEXT)', async () => {
    const long = (i: number) => `${i} `.padEnd(2000, 'ə');
    const { data, errors } = await fx.query(
      'mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }',
      {
        input: {
          title: 'A very long agreement',
          kind: 'CONTRACT',
          parties: [{ institutionId: 'aztu' }],
          commitments: Array.from({ length: 50 }, (_, i) => ({ kind: 'OTHER', description: long(i) })),
        },
      },
      editor,
    );
    expect(errors).toBeUndefined();
    const [entry] = (await auditOf(data!.createAgreement.id)).nodes;
    const after = JSON.parse(entry.after!);
    expect(Buffer.byteLength(entry.after!)).toBeGreaterThan(150_000);
    expect(after.commitments).toHaveLength(50);
    expect(after.commitments[49].description).toBe(long(49));
  });

  it('refuses a malformed entity id or cursor for the audit log, naming the argument', async () => {
    const badId = await fx.query(auditLog, { id: 'Not An Id' }, admin);
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'entityId' });
    const badCursor = await fx.query(
      auditLog,
      { id: AGREEMENT, after: Buffer.from('["x","y"]').toString('base64url') },
      admin,
    );
    expect(badCursor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    const tooMany = await fx.query(auditLog, { id: AGREEMENT, first: 101 }, admin);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    const unknown = await fx.query(auditLog, { id: 'no-such-agreement' }, admin);
    expect(unknown.data?.auditLog).toEqual({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });
});
