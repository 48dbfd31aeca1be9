import { ID_PATTERN } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import { callerWith, countRows, openFixture, startInstitutions, type AgreementsFixture } from './fixture';

/**
 * The write API against the real institutions subgraph (started once for this file),
 * which answers the reference checks, as an editor of agreements (authorization and
 * the audit log: authorization.test.ts).
 */
const editor = callerWith('editor-aysel', 'editor:agreements');
let institutions: Awaited<ReturnType<typeof startInstitutions>>;
beforeAll(async () => {
  institutions = await startInstitutions();
}, 90_000);
afterAll(() => institutions?.cleanup());

const agreementFields = `id title titleIsDescriptive kind status description signedOn validFrom validUntil version areas
  parties { institution { id } role signatory { id } } commitments { kind description } sources { id quote }`;

const createAgreement = `mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { ${agreementFields} } }`;
const updateAgreement = `mutation($id: ID!, $v: Int!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, expectedVersion: $v, input: $input) { ${agreementFields} } }`;
const transition = `mutation($id: ID!, $v: Int!, $to: AgreementStatus!, $on: Date) { transitionAgreement(id: $id, expectedVersion: $v, to: $to, on: $on) { id status version signedOn validFrom validUntil } }`;
const addParty = `mutation($id: ID!, $v: Int!, $party: AgreementPartyInput!) { addAgreementParty(agreementId: $id, expectedVersion: $v, party: $party) { version parties { institution { id } role signatory { id } } } }`;
const removeParty = `mutation($id: ID!, $v: Int!, $institutionId: ID!) { removeAgreementParty(agreementId: $id, expectedVersion: $v, institutionId: $institutionId) { version parties { institution { id } } } }`;

const eventFields = `id title kind startsOn endsOn online location attendance topics decisions version
  organizers { id } partners { id } participants { id } speakers { person { id } institution { id } role contribution } sources { id }`;
const createEvent = `mutation($input: CreateEventInput!) { createEvent(input: $input) { ${eventFields} } }`;
const updateEvent = `mutation($id: ID!, $v: Int!, $input: UpdateEventInput!) { updateEvent(id: $id, expectedVersion: $v, input: $input) { ${eventFields} } }`;
const addSpeaker = `mutation($id: ID!, $v: Int!, $speaker: EventSpeakerInput!) { addEventSpeaker(eventId: $id, expectedVersion: $v, speaker: $speaker) { version speakers { person { id } institution { id } role } } }`;
const removeSpeaker = `mutation($id: ID!, $v: Int!, $personId: ID!) { removeEventSpeaker(eventId: $id, expectedVersion: $v, personId: $personId) { version speakers { person { id } } } }`;

/** A valid new agreement; tests spoil one field at a time. */
const validAgreement = () => ({
  title: 'Memorandum on metallurgy training between AzTU and the Ganja Aluminium Complex',
  kind: 'MEMORANDUM_OF_UNDERSTANDING',
  description: 'Joint training in metallurgy.',
  validFrom: '2026-01',
  validUntil: '2028',
  parties: [
    { institutionId: 'aztu', role: 'SIGNATORY_PARTY', signatoryId: 'vilayat-valiyev' },
    { institutionId: 'ganja-aluminium-complex', role: 'SIGNATORY_PARTY', signatoryId: 'jamil-safarov' },
  ],
  areas: ['metallurgy', 'Artificial Intelligence'],
  commitments: [{ kind: 'INTERNSHIPS', description: 'Internships for bachelor students.' }, { kind: 'LABORATORY' }],
  sources: [
    {
      sourceId: 'src-aic-three-years',
      quote: 'an agreement was reached to establish an experimental laboratory on the basis of AzTU',
    },
  ],
});

const validEvent = () => ({
  title: 'Workshop on technology transfer',
  kind: 'WORKSHOP',
  startsOn: '2026-03-02',
  endsOn: '2026-03-03',
  online: false,
  location: 'AzTU, Baku',
  organizerIds: ['aztu'],
  partnerIds: ['smeda', 'tau'],
  speakers: [{ personId: 'yadullah-babayev', institutionId: 'aztu-technology-transfer-office', role: 'Director' }],
  attendance: 'about 40 participants',
  topics: ['technology transfer offices'],
  decisions: [],
});

describe.each(testDatabases())('agreements write API on $label', (database) => {
  let fx: AgreementsFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { institutionsUrl: institutions.url, caller: editor });
  });
  afterAll(() => fx?.close());

  /** Runs a mutation that must fail with `code` naming `field`, and proves it wrote nothing. */
  async function expectRefused(query: string, variables: Record<string, unknown>, code: string, field?: string) {
    const before = await countRows(fx.dataSource);
    const { data, errors } = await fx.query(query, variables);
    expect(errors).toHaveLength(1);
    expect(errors?.[0].extensions?.code).toBe(code);
    if (field) expect(errors?.[0].extensions?.argumentName).toBe(field);
    expect(errors?.[0].message).not.toMatch(/SELECT|INSERT|sqlite|\bER_|\.ts:/i);
    expect(data ?? null).toBeNull();
    expect(await countRows(fx.dataSource)).toEqual(before);
    return errors![0];
  }

  async function newAgreement(overrides: Record<string, unknown> = {}) {
    const { data, errors } = await fx.query(createAgreement, { input: { ...validAgreement(), ...overrides } });
    expect(errors).toBeUndefined();
    return data!.createAgreement as { id: string; version: number; status: string };
  }

  describe('createAgreement', () => {
    it('records an agreement with parties, commitments and sources, and returns it at version 1', async () => {
      const before = await countRows(fx.dataSource);
      const { data, errors } = await fx.query(createAgreement, { input: validAgreement() });
      expect(errors).toBeUndefined();
      const a = data?.createAgreement;
      expect(a.id).toMatch(ID_PATTERN);
      expect(a.id).toMatch(/^memorandum-on-metallurgy-training-between-aztu-and-the-[a-z0-9]{6}$/);
      expect(a.id.length).toBeLessThanOrEqual(64);
      expect(a).toMatchObject({
        version: 1,
        status: 'ANNOUNCED',
        titleIsDescriptive: false,
        validFrom: '2026-01',
        validUntil: '2028',
        signedOn: null,
        areas: ['metallurgy', 'Artificial Intelligence'],
        commitments: [
          { kind: 'INTERNSHIPS', description: 'Internships for bachelor students.' },
          { kind: 'LABORATORY', description: null },
        ],
        sources: [{ id: 'src-aic-three-years' }],
      });
      expect(a.parties).toEqual([
        { institution: { id: 'aztu' }, role: 'SIGNATORY_PARTY', signatory: { id: 'vilayat-valiyev' } },
        { institution: { id: 'ganja-aluminium-complex' }, role: 'SIGNATORY_PARTY', signatory: { id: 'jamil-safarov' } },
      ]);
      const after = await countRows(fx.dataSource);
      expect(after.agreements).toBe(before.agreements + 1);
      expect(after.agreement_parties).toBe(before.agreement_parties + 2);
      expect(after.agreement_commitments).toBe(before.agreement_commitments + 2);

      const found = await fx.query(
        `query($id: ID!) {
        agreements(filter: { search: "metallurgy training", areas: ["artificial intelligence"] }) { nodes { id } }
        _entities(representations: [{ __typename: "Institution", id: "ganja-aluminium-complex" }]) { ... on Institution { agreements { nodes { id } } } }
        agreement(id: $id) { id }
      }`,
        { id: a.id },
      );
      expect(found.data?.agreements.nodes).toEqual([{ id: a.id }]);
      expect(found.data?._entities[0].agreements.nodes.map((n: { id: string }) => n.id)).toContain(a.id);
    });

    it('makes a valid id from a title in any script', async () => {
      const a = await newAgreement({ title: 'Azərişıq və Bakı Dövlət Universiteti arasında əməkdaşlıq' });
      expect(a.id).toMatch(/^azerishiq-ve-baki-dovlet-universiteti-arasinda-[a-z0-9]{6}$/);
      const b = await newAgreement({ title: '兰州大学' });
      expect(b.id).toMatch(/^agreement-[a-z0-9]{6}$/);
      const c = await newAgreement({ title: 'x'.repeat(300) });
      expect(c.id).toMatch(ID_PATTERN);
      expect(c.id).toHaveLength(64);
    });

    const long = (n: number) => 'x'.repeat(n);
    it.each<[string, (input: any) => void, string]>([
      ['an empty title', (i) => (i.title = ''), 'input.title'],
      ['a blank title', (i) => (i.title = '   '), 'input.title'],
      ['a title beyond 300 characters', (i) => (i.title = long(301)), 'input.title'],
      ['a description beyond 2000 characters', (i) => (i.description = long(2001)), 'input.description'],
      ['an area beyond 200 characters', (i) => (i.areas = [long(201)]), 'input.areas[0]'],
      ['an empty area', (i) => (i.areas = ['metallurgy', ' ']), 'input.areas[1]'],
      ['the same area twice', (i) => (i.areas = ['Metallurgy', 'metallurgy']), 'input.areas'],
      ['more than 50 areas', (i) => (i.areas = Array.from({ length: 51 }, (_, n) => `area ${n}`)), 'input.areas'],
      [
        'a commitment description beyond 2000 characters',
        (i) => (i.commitments = [{ kind: 'OTHER', description: long(2001) }]),
        'input.commitments[0].description',
      ],
      ['no party', (i) => (i.parties = []), 'input.parties'],
      [
        'the same party twice',
        (i) => (i.parties = [{ institutionId: 'aztu' }, { institutionId: 'aztu', role: 'PARTY' }]),
        'input.parties',
      ],
      ['a malformed party id', (i) => (i.parties[1].institutionId = 'Ganja Complex'), 'input.parties[1].institutionId'],
      [
        'a party id beyond 64 characters',
        (i) => (i.parties[0].institutionId = long(65)),
        'input.parties[0].institutionId',
      ],
      ['a party role that is not a code', (i) => (i.parties[0].role = 'signed it'), 'input.parties[0].role'],
      ['a party role beyond 40 characters', (i) => (i.parties[0].role = 'A'.repeat(41)), 'input.parties[0].role'],
      [
        'validUntil before validFrom',
        (i) => ((i.validFrom = '2026-05-01'), (i.validUntil = '2026-04-30')),
        'input.validUntil',
      ],
      ['an unknown source', (i) => (i.sources = [{ sourceId: 'src-nowhere' }]), 'input.sources[0].sourceId'],
      [
        'the same source twice',
        (i) => (i.sources = [{ sourceId: 'src-aic-three-years' }, { sourceId: 'src-aic-three-years' }]),
        'input.sources',
      ],
      [
        'a quote beyond 2000 characters',
        (i) => (i.sources = [{ sourceId: 'src-aic-three-years', quote: long(2001) }]),
        'input.sources[0].quote',
      ],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, spoil, field) => {
      const input = validAgreement();
      spoil(input);
      await expectRefused(createAgreement, { input }, 'BAD_USER_INPUT', field);
    });

    it.each([
      ['an impossible day', { signedOn: '2025-13-40' }, 'input.signedOn'],
      ['a word for a date', { validFrom: 'yesterday' }, 'input.validFrom'],
      ['a date with a time', { validUntil: '2025-07-04T10:00:00Z' }, 'input.validUntil'],
      ['an unknown kind', { kind: 'TREATY' }, 'input.kind'],
      ['an unknown status', { status: 'PENDING' }, 'input.status'],
      ['a number for a title', { title: 42 }, 'input.title'],
    ])('refuses %s in a variable with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
      await expectRefused(createAgreement, { input: { ...validAgreement(), ...overrides } }, 'BAD_USER_INPUT', field);
    });

    it.each([
      ['an impossible date', 'signedOn: "2025-13-40"', 'input.signedOn'],
      ['a word for a date', 'validFrom: "yesterday"', 'input.validFrom'],
      ['an unknown kind', 'kind: TREATY', 'input.kind'],
    ])('refuses %s written into the query with BAD_USER_INPUT naming the field', async (_case, literal, field) => {
      const fields = [
        'title: "A memorandum"',
        'kind: MEMORANDUM_OF_UNDERSTANDING',
        'parties: [{ institutionId: "aztu" }]',
      ].filter((f) => f.split(':')[0] !== literal.split(':')[0]);
      await expectRefused(
        `mutation { createAgreement(input: { ${[...fields, literal].join(', ')} }) { id } }`,
        {},
        'BAD_USER_INPUT',
        field,
      );
    });

    it('refuses a party the institutions subgraph does not know, naming the field and the id', async () => {
      const input = validAgreement();
      input.parties[1].institutionId = 'no-such-university';
      const error = await expectRefused(createAgreement, { input }, 'BAD_USER_INPUT', 'input.parties[1].institutionId');
      expect(error.message).toContain('no-such-university');
    });

    it('refuses a signatory the institutions subgraph does not know', async () => {
      const input = validAgreement();
      input.parties[0].signatoryId = 'john-doe';
      const error = await expectRefused(createAgreement, { input }, 'BAD_USER_INPUT', 'input.parties[0].signatoryId');
      expect(error.message).toContain('john-doe');
    });

    it('refuses a person id given as an institution (the check asks for the right type)', async () => {
      const input = validAgreement();
      input.parties[0].institutionId = 'vilayat-valiyev';
      await expectRefused(createAgreement, { input }, 'BAD_USER_INPUT', 'input.parties[0].institutionId');
    });
  });

  describe('updateAgreement', () => {
    it('changes the given fields, keeps the rest and moves the version on', async () => {
      const a = await newAgreement();
      const { data, errors } = await fx.query(updateAgreement, {
        id: a.id,
        v: 1,
        input: {
          title: 'Renamed memorandum',
          description: null,
          areas: ['metallurgy'],
          commitments: [{ kind: 'TRAINING' }],
        },
      });
      expect(errors).toBeUndefined();
      expect(data?.updateAgreement).toMatchObject({
        id: a.id,
        version: 2,
        title: 'Renamed memorandum',
        description: null,
        validFrom: '2026-01',
        areas: ['metallurgy'],
        commitments: [{ kind: 'TRAINING', description: null }],
      });
      expect(data?.updateAgreement.parties).toHaveLength(2);
      const search = await fx.query(`{ agreements(filter: { search: "renamed memorandum" }) { nodes { id } } }`);
      expect(search.data?.agreements.nodes).toEqual([{ id: a.id }]);
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const a = await newAgreement();
      await fx.query(updateAgreement, { id: a.id, v: 1, input: { title: 'First change' } });
      const error = await expectRefused(
        updateAgreement,
        { id: a.id, v: 1, input: { title: 'Lost update' } },
        'CONFLICT',
      );
      expect(error.extensions).toMatchObject({ id: a.id, expectedVersion: 1, currentVersion: 2 });
      const { data } = await fx.query(`query($id: ID!) { agreement(id: $id) { title version } }`, { id: a.id });
      expect(data?.agreement).toEqual({ title: 'First change', version: 2 });
    });

    it('applies a change made without expectedVersion to the current version (the rule of every subgraph)', async () => {
      const a = await newAgreement();
      await fx.query(updateAgreement, { id: a.id, v: 1, input: { title: 'First change' } });
      const unversioned = `mutation($id: ID!, $input: UpdateAgreementInput!) {
        updateAgreement(id: $id, input: $input) { title version } }`;
      const { data, errors } = await fx.query(unversioned, { id: a.id, input: { title: 'Second change' } }, editor);
      expect(errors).toBeUndefined();
      expect(data?.updateAgreement).toEqual({ title: 'Second change', version: 3 });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a null title', { title: null }, 'input.title'],
      ['an empty title', { title: '' }, 'input.title'],
      ['a null kind', { kind: null }, 'input.kind'],
      ['validUntil before the stored validFrom', { validUntil: '2025-12' }, 'input.validUntil'],
      ['validFrom after the stored validUntil', { validFrom: '2029-01-01' }, 'input.validFrom'],
      ['an oversized area', { areas: ['y'.repeat(201)] }, 'input.areas[0]'],
      ['an impossible date', { signedOn: '2025-02-30' }, 'input.signedOn'],
    ])('refuses %s with BAD_USER_INPUT', async (_case, input, field) => {
      const a = await newAgreement();
      await expectRefused(updateAgreement, { id: a.id, v: 1, input }, 'BAD_USER_INPUT', field);
    });

    it('refuses an unknown agreement id', async () => {
      const error = await expectRefused(
        updateAgreement,
        { id: 'no-such-agreement', v: 1, input: { title: 'x' } },
        'BAD_USER_INPUT',
        'id',
      );
      expect(error.message).toContain('no-such-agreement');
    });

    it('leaves nothing behind when it fails midway (rollback)', async () => {
      const a = await newAgreement();
      const spy = jest
        .spyOn(AgreementCommitmentRepository.prototype, 'replace')
        .mockRejectedValueOnce(new Error('disk full'));
      try {
        const { errors } = await fx.query(updateAgreement, {
          id: a.id,
          v: 1,
          input: { title: 'Half-written', commitments: [] },
        });
        expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(errors?.[0].message).toBe('Internal server error');
      } finally {
        spy.mockRestore();
      }
      const { data } = await fx.query(`query($id: ID!) { agreement(id: $id) { title version commitments { kind } } }`, {
        id: a.id,
      });
      expect(data?.agreement).toEqual({
        title: validAgreement().title,
        version: 1,
        commitments: [{ kind: 'INTERNSHIPS' }, { kind: 'LABORATORY' }],
      });
    });
  });

  describe('a failure midway through createAgreement', () => {
    it('rolls back the agreement and its parties already written', async () => {
      const before = await countRows(fx.dataSource);
      const spy = jest
        .spyOn(AgreementCommitmentRepository.prototype, 'insert')
        .mockRejectedValueOnce(new Error('connection lost'));
      try {
        const { data, errors } = await fx.query(createAgreement, { input: validAgreement() });
        expect(spy).toHaveBeenCalledTimes(1);
        expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(data).toBeNull();
      } finally {
        spy.mockRestore();
      }
      expect(await countRows(fx.dataSource)).toEqual(before);
    });
  });

  describe('parties', () => {
    it('adds and removes parties, moving the version on each time', async () => {
      const a = await newAgreement();
      const added = await fx.query(addParty, {
        id: a.id,
        v: 1,
        party: { institutionId: 'azerbaijan-industrial-corporation', role: 'ANNOUNCER' },
      });
      expect(added.errors).toBeUndefined();
      expect(added.data?.addAgreementParty.version).toBe(2);
      expect(added.data?.addAgreementParty.parties.map((p: any) => p.institution.id)).toEqual([
        'aztu',
        'ganja-aluminium-complex',
        'azerbaijan-industrial-corporation',
      ]);
      const removed = await fx.query(removeParty, { id: a.id, v: 2, institutionId: 'aztu' });
      expect(removed.errors).toBeUndefined();
      expect(removed.data?.removeAgreementParty).toEqual({
        version: 3,
        parties: [
          { institution: { id: 'ganja-aluminium-complex' } },
          { institution: { id: 'azerbaijan-industrial-corporation' } },
        ],
      });
    });

    it('refuses a party twice, an unknown party or signatory, a stale version, and removing the last or a non-party', async () => {
      const a = await newAgreement({ parties: [{ institutionId: 'bsu' }] });
      await expectRefused(
        addParty,
        { id: a.id, v: 1, party: { institutionId: 'bsu' } },
        'BAD_USER_INPUT',
        'party.institutionId',
      );
      const unknown = await expectRefused(
        addParty,
        { id: a.id, v: 1, party: { institutionId: 'atlantis-university' } },
        'BAD_USER_INPUT',
        'party.institutionId',
      );
      expect(unknown.message).toContain('atlantis-university');
      await expectRefused(
        addParty,
        { id: a.id, v: 1, party: { institutionId: 'aztu', signatoryId: 'nobody-at-all' } },
        'BAD_USER_INPUT',
        'party.signatoryId',
      );
      await expectRefused(addParty, { id: a.id, v: 7, party: { institutionId: 'aztu' } }, 'CONFLICT');
      await expectRefused(
        addParty,
        { id: 'no-such-agreement', v: 1, party: { institutionId: 'aztu' } },
        'BAD_USER_INPUT',
        'agreementId',
      );
      await expectRefused(removeParty, { id: a.id, v: 1, institutionId: 'bsu' }, 'BAD_USER_INPUT', 'institutionId');
      await expectRefused(removeParty, { id: a.id, v: 1, institutionId: 'aztu' }, 'BAD_USER_INPUT', 'institutionId');
    });
  });

  describe('transitionAgreement', () => {
    it('moves forward through the lifecycle, dating each step when told', async () => {
      const a = await newAgreement({ validFrom: null, validUntil: null });
      const signed = await fx.query(transition, { id: a.id, v: 1, to: 'SIGNED', on: '2026-02-01' });
      expect(signed.data?.transitionAgreement).toMatchObject({ status: 'SIGNED', version: 2, signedOn: '2026-02-01' });
      const active = await fx.query(transition, { id: a.id, v: 2, to: 'ACTIVE', on: '2026-03' });
      expect(active.data?.transitionAgreement).toMatchObject({ status: 'ACTIVE', version: 3, validFrom: '2026-03' });
      const expired = await fx.query(transition, { id: a.id, v: 3, to: 'EXPIRED', on: '2027-03-01' });
      expect(expired.data?.transitionAgreement).toMatchObject({
        status: 'EXPIRED',
        version: 4,
        validUntil: '2027-03-01',
      });
      const terminated = await newAgreement({ status: 'SIGNED' });
      const t = await fx.query(transition, { id: terminated.id, v: 1, to: 'TERMINATED' });
      expect(t.data?.transitionAgreement).toMatchObject({ status: 'TERMINATED', version: 2 });
      const active2 = await newAgreement({ status: 'ACTIVE' });
      const t2 = await fx.query(transition, { id: active2.id, v: 1, to: 'TERMINATED' });
      expect(t2.data?.transitionAgreement.status).toBe('TERMINATED');
    });

    it.each([
      ['ANNOUNCED', 'ACTIVE'],
      ['ANNOUNCED', 'EXPIRED'],
      ['ANNOUNCED', 'TERMINATED'],
      ['ANNOUNCED', 'ANNOUNCED'],
      ['SIGNED', 'ANNOUNCED'],
      ['SIGNED', 'EXPIRED'],
      ['ACTIVE', 'SIGNED'],
      ['EXPIRED', 'ACTIVE'],
      ['EXPIRED', 'TERMINATED'],
      ['TERMINATED', 'ACTIVE'],
    ])('refuses %s → %s, naming both statuses', async (from, to) => {
      const a = await newAgreement({ status: from });
      const error = await expectRefused(transition, { id: a.id, v: 1, to }, 'BAD_USER_INPUT', 'to');
      expect(error.message).toContain(`from ${from} to ${to}`);
      expect(error.extensions).toMatchObject({ from, to });
    });

    it('refuses a stale version and an effective date before validFrom', async () => {
      const a = await newAgreement({ status: 'ACTIVE', validFrom: '2026-01-01', validUntil: null });
      await expectRefused(transition, { id: a.id, v: 2, to: 'EXPIRED' }, 'CONFLICT');
      await expectRefused(transition, { id: a.id, v: 1, to: 'EXPIRED', on: '2025-12-31' }, 'BAD_USER_INPUT', 'on');
      await expectRefused(transition, { id: a.id, v: 1, to: 'EXPIRED', on: 'tomorrow' }, 'BAD_USER_INPUT', 'on');
    });
  });

  describe('events', () => {
    it('records an event with organisers, partners and speakers, and updates it', async () => {
      const { data, errors } = await fx.query(createEvent, {
        input: { ...validEvent(), sources: [{ sourceId: 'src-aztu-forum-2025' }] },
      });
      expect(errors).toBeUndefined();
      const e = data?.createEvent;
      expect(e.id).toMatch(/^workshop-on-technology-transfer-[a-z0-9]{6}$/);
      expect(e).toMatchObject({
        version: 1,
        kind: 'WORKSHOP',
        startsOn: '2026-03-02',
        endsOn: '2026-03-03',
        online: false,
        organizers: [{ id: 'aztu' }],
        partners: [{ id: 'smeda' }, { id: 'tau' }],
        participants: [],
        speakers: [
          {
            person: { id: 'yadullah-babayev' },
            institution: { id: 'aztu-technology-transfer-office' },
            role: 'Director',
            contribution: null,
          },
        ],
        sources: [{ id: 'src-aztu-forum-2025' }],
      });
      const updated = await fx.query(updateEvent, {
        id: e.id,
        v: 1,
        input: { partnerIds: ['ask'], online: true, location: null, decisions: ['to meet again'] },
      });
      expect(updated.errors).toBeUndefined();
      expect(updated.data?.updateEvent).toMatchObject({
        version: 2,
        online: true,
        location: null,
        partners: [{ id: 'ask' }],
        organizers: [{ id: 'aztu' }],
        decisions: ['to meet again'],
      });
      const withSpeaker = await fx.query(addSpeaker, {
        id: e.id,
        v: 2,
        speaker: { personId: 'vilayat-valiyev', institutionId: 'aztu', role: 'Rector' },
      });
      expect(withSpeaker.data?.addEventSpeaker.version).toBe(3);
      expect(withSpeaker.data?.addEventSpeaker.speakers.map((s: any) => s.person.id)).toEqual([
        'yadullah-babayev',
        'vilayat-valiyev',
      ]);
      const without = await fx.query(removeSpeaker, { id: e.id, v: 3, personId: 'yadullah-babayev' });
      expect(without.data?.removeEventSpeaker).toEqual({
        version: 4,
        speakers: [{ person: { id: 'vilayat-valiyev' } }],
      });
      const roles = await fx.query(
        `{ _entities(representations: [{ __typename: "Person", id: "vilayat-valiyev" }]) { ... on Person { eventRoles { event { id } } } } }`,
      );
      expect(roles.data?._entities[0].eventRoles.map((r: any) => r.event.id)).toContain(e.id);
    });

    it.each<[string, (input: any) => void, string]>([
      ['an empty title', (i) => (i.title = ' '), 'input.title'],
      ['a title beyond 300 characters', (i) => (i.title = 'e'.repeat(301)), 'input.title'],
      ['endsOn before startsOn', (i) => (i.endsOn = '2026-03-01'), 'input.endsOn'],
      ['a location beyond 300 characters', (i) => (i.location = 'l'.repeat(301)), 'input.location'],
      ['attendance beyond 1000 characters', (i) => (i.attendance = 'a'.repeat(1001)), 'input.attendance'],
      ['an empty topic', (i) => (i.topics = ['']), 'input.topics[0]'],
      ['the same organiser twice', (i) => (i.organizerIds = ['aztu', 'aztu']), 'input.organizerIds'],
      [
        'the same speaker twice',
        (i) => (i.speakers = [{ personId: 'vilayat-valiyev' }, { personId: 'vilayat-valiyev' }]),
        'input.speakers',
      ],
      ['an unknown organiser', (i) => (i.organizerIds = ['aztu', 'hogwarts']), 'input.organizerIds[1]'],
      ['an unknown speaker', (i) => (i.speakers = [{ personId: 'nobody-known' }]), 'input.speakers[0].personId'],
      [
        'an unknown speaker institution',
        (i) => (i.speakers[0].institutionId = 'nowhere-inc'),
        'input.speakers[0].institutionId',
      ],
      ['a speaker role beyond 200 characters', (i) => (i.speakers[0].role = 'r'.repeat(201)), 'input.speakers[0].role'],
    ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_case, spoil, field) => {
      const input = validEvent();
      spoil(input);
      await expectRefused(createEvent, { input }, 'BAD_USER_INPUT', field);
    });

    it.each([
      ['an impossible day', { startsOn: '2025-13-40' }, 'input.startsOn'],
      ['a word for a date', { endsOn: 'yesterday' }, 'input.endsOn'],
      ['an unknown kind', { kind: 'PARTY' }, 'input.kind'],
    ])('refuses %s with BAD_USER_INPUT naming the field', async (_case, overrides, field) => {
      await expectRefused(createEvent, { input: { ...validEvent(), ...overrides } }, 'BAD_USER_INPUT', field);
    });

    it('refuses stale versions, duplicate and unknown speakers, and removing a non-speaker', async () => {
      const { data } = await fx.query(createEvent, { input: validEvent() });
      const id = data?.createEvent.id;
      await expectRefused(updateEvent, { id, v: 2, input: { title: 'Too late' } }, 'CONFLICT');
      await expectRefused(
        addSpeaker,
        { id, v: 1, speaker: { personId: 'yadullah-babayev' } },
        'BAD_USER_INPUT',
        'speaker.personId',
      );
      await expectRefused(
        addSpeaker,
        { id, v: 1, speaker: { personId: 'no-one-here' } },
        'BAD_USER_INPUT',
        'speaker.personId',
      );
      await expectRefused(removeSpeaker, { id, v: 1, personId: 'vilayat-valiyev' }, 'BAD_USER_INPUT', 'personId');
      await expectRefused(
        updateEvent,
        { id, v: 1, input: { organizerIds: ['unknown-org'] } },
        'BAD_USER_INPUT',
        'input.organizerIds[0]',
      );
      await expectRefused(updateEvent, { id: 'no-such-event', v: 1, input: { title: 'x' } }, 'BAD_USER_INPUT', 'id');
    });

    it('leaves nothing behind when createEvent fails midway (rollback)', async () => {
      const before = await countRows(fx.dataSource);
      const spy = jest
        .spyOn(EventSpeakerRepository.prototype, 'insertRows')
        .mockRejectedValueOnce(new Error('lock wait timeout'));
      try {
        const { errors } = await fx.query(createEvent, { input: validEvent() });
        expect(spy).toHaveBeenCalledTimes(1);
        expect(errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        spy.mockRestore();
      }
      expect(await countRows(fx.dataSource)).toEqual(before);
    });
  });

  describe('concurrent updates', () => {
    it('of two updates holding the same version, exactly one wins', async () => {
      const a = await newAgreement();
      const results = await Promise.all(
        ['Change by Aysel', 'Change by Murad'].map((title) =>
          fx.query(updateAgreement, { id: a.id, v: 1, input: { title } }),
        ),
      );
      const winners = results.filter((r) => !r.errors);
      const losers = results.filter((r) => r.errors);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions?.code).toBe('CONFLICT');
      const { data } = await fx.query(`query($id: ID!) { agreement(id: $id) { title version } }`, { id: a.id });
      expect(data?.agreement).toEqual({ title: winners[0].data?.updateAgreement.title, version: 2 });
    });

    it('many agreements and events created at once all succeed (no lock conflicts between new records)', async () => {
      const before = await countRows(fx.dataSource);
      const results = await Promise.all([
        ...Array.from({ length: 8 }, (_, i) =>
          fx.query(createAgreement, { input: { ...validAgreement(), title: `Parallel memorandum ${i}` } }),
        ),
        ...Array.from({ length: 4 }, (_, i) =>
          fx.query(createEvent, {
            input: { ...validEvent(), title: `Parallel workshop ${i}`, sources: [{ sourceId: 'src-aztu-forum-2025' }] },
          }),
        ),
      ]);
      for (const r of results) expect(r.errors).toBeUndefined();
      const after = await countRows(fx.dataSource);
      expect(after.agreements).toBe(before.agreements + 8);
      expect(after.agreement_commitments).toBe(before.agreement_commitments + 16);
      expect(after.events).toBe(before.events + 4);
      expect(after.citations).toBe(before.citations + 12);
    });

    it('updates of different agreements at once all succeed', async () => {
      const agreements = [];
      for (let i = 0; i < 8; i++) agreements.push(await newAgreement({ title: `Neighbour ${i}` }));
      const results = await Promise.all(
        agreements.map((a, i) =>
          fx.query(updateAgreement, {
            id: a.id,
            v: 1,
            input: {
              commitments: [
                { kind: 'TRAINING', description: `course ${i}` },
                { kind: 'EMPLOYMENT' },
                { kind: 'OTHER' },
              ],
              sources: [{ sourceId: 'src-aztu-forum-2025' }, { sourceId: 'src-aic-three-years' }],
            },
          }),
        ),
      );
      for (const r of results) expect(r.errors).toBeUndefined();
      for (const r of results) expect(r.data?.updateAgreement.commitments).toHaveLength(3);
    });

    it('of many parallel writers on one agreement, one wins per version and the version counts the wins', async () => {
      const a = await newAgreement();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          i % 2
            ? fx.query(transition, { id: a.id, v: 1, to: 'SIGNED' })
            : fx.query(addParty, { id: a.id, v: 1, party: { institutionId: ['bsu', 'asoiu', 'tau', 'smeda'][i / 2] } }),
        ),
      );
      const wins = results.filter((r) => !r.errors);
      expect(wins).toHaveLength(1);
      for (const r of results.filter((x) => x.errors)) expect(r.errors?.[0].extensions?.code).toBe('CONFLICT');
      const { data } = await fx.query(
        `query($id: ID!) { agreement(id: $id) { version parties { institution { id } } } }`,
        { id: a.id },
      );
      expect(data?.agreement.version).toBe(2);
      expect(data?.agreement.parties.length).toBeLessThanOrEqual(3);
    });
  });
});

describe('when the institutions subgraph cannot be reached', () => {
  it('refuses the write with SUBGRAPH_UNAVAILABLE and writes nothing', async () => {
    const [database] = testDatabases();
    const fx = await openFixture(database, { institutionsUrl: 'http://127.0.0.1:9/', caller: editor });
    try {
      const before = await countRows(fx.dataSource);
      const { errors } = await fx.query(createAgreement, { input: validAgreement() });
      expect(errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
      expect(await countRows(fx.dataSource)).toEqual(before);
    } finally {
      await fx.close();
    }
  });
});
