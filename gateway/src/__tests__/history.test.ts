import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, type FieldDefinitionNode } from 'graphql';
import { mintToken, readAuthConfig, repositoryRoot, subgraphNames, type Role } from '@partnership-graph/shared';
import { postGraphQL, startStack, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * `history` on an audited record, through the real gateway over the real subgraphs: one
 * specification run against a record of each subgraph. An editor's writes (mutations,
 * or imports for institutions) leave entries that an admin reads on the record itself,
 * newest first and in pages continued with `after`: the same entries the subgraph's
 * deprecated root audit-log field answers. Anyone else is refused as that field refuses
 * them, and the answer is never cached.
 */

/** One audited record: how an editor creates and changes it, and where it is read. */
interface AuditedCase {
  subgraph: string;
  /** The record's GraphQL type, as its entries name it. */
  type: string;
  /** The root field that fetches the record by id. */
  lookup: string;
  /** The subgraph's deprecated root audit-log field. */
  rootLog: string;
  editorRole: Role;
  /** The actions of the three writes, oldest first. */
  actions: [string, string, string];
  /** Creates the record; answers its id. */
  create(send: Send): Promise<string>;
  /** Changes it (the n-th change, 1 or 2), so it gets one more entry. */
  change(send: Send, id: string, n: number): Promise<void>;
}

type Send = (query: string, variables: Record<string, unknown>) => Promise<Record<string, any>>;

const importSource = (row: number) => ({
  title: 'Partner institutions 2026',
  language: 'en',
  file: 'partners.csv',
  row,
});

const institutionRow = (fields: Record<string, unknown>) => ({
  name: 'History Test Institute',
  kind: 'RESEARCH_INSTITUTE',
  country: 'DE',
  source: importSource(2),
  ...fields,
});

const IMPORT_INSTITUTIONS = `mutation($rows: [InstitutionImportInput!]!) {
  importInstitutions(rows: $rows) { rows { id outcome } }
}`;

const cases: AuditedCase[] = [
  {
    subgraph: 'institutions',
    type: 'Institution',
    lookup: 'institution',
    rootLog: 'institutionAuditLog',
    editorRole: 'editor:institutions',
    actions: ['IMPORT_CREATE', 'IMPORT_UPDATE', 'IMPORT_UPDATE'],
    create: async (send) =>
      (await send(IMPORT_INSTITUTIONS, { rows: [institutionRow({ city: 'Bonn' })] })).importInstitutions.rows[0].id,
    change: async (send, id, n) => {
      const { importInstitutions } = await send(IMPORT_INSTITUTIONS, {
        rows: [institutionRow({ id, city: `Köln ${n}` })],
      });
      expect(importInstitutions.rows[0]).toEqual({ id, outcome: 'UPDATED' });
    },
  },
  {
    subgraph: 'agreements',
    type: 'Agreement',
    lookup: 'agreement',
    rootLog: 'auditLog',
    editorRole: 'editor:agreements',
    actions: ['CREATE', 'UPDATE', 'UPDATE'],
    create: async (send) =>
      (
        await send('mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }', {
          input: { title: 'History test', kind: 'CONTRACT', parties: [{ institutionId: 'aztu' }] },
        })
      ).createAgreement.id,
    change: async (send, id, n) => {
      await send(
        'mutation($id: ID!, $v: Int, $title: String!) { updateAgreement(id: $id, expectedVersion: $v, input: { title: $title }) { id } }',
        { id, v: n, title: `History test ${n}` },
      );
    },
  },
  {
    subgraph: 'talent',
    type: 'InternshipProgram',
    lookup: 'internshipProgram',
    rootLog: 'talentAuditLog',
    editorRole: 'editor:talent',
    actions: ['CREATE', 'UPDATE', 'UPDATE'],
    create: async (send) =>
      (
        await send(
          'mutation($input: CreateInternshipProgramInput!) { createInternshipProgram(input: $input) { id } }',
          {
            input: {
              title: 'History test internships',
              hostId: 'ganja-aluminium-complex',
              universityIds: ['aztu'],
              levels: ['BACHELOR'],
              status: 'OPEN',
            },
          },
        )
      ).createInternshipProgram.id,
    change: async (send, id, n) => {
      await send(
        'mutation($id: ID!, $v: Int, $title: String!) { updateInternshipProgram(id: $id, expectedVersion: $v, input: { title: $title }) { id } }',
        { id, v: n, title: `History test internships ${n}` },
      );
    },
  },
];

const ENTRY = 'id entityType entityId action actor before after';

/** A record as an entry's JSON gives it, with null fields dropped: a field left out and a null one say the same. */
const withoutNulls = (json: string): unknown => JSON.parse(json, (_key, value: unknown) => value ?? undefined);

const historyQuery = (lookup: string) => `query($id: ID!, $first: Int, $after: String) {
  ${lookup}(id: $id) { history(first: $first, after: $after) { totalCount nodes { ${ENTRY} } pageInfo { hasNextPage endCursor } } }
}`;

/** Every type whose writes or imports leave audit entries, by the subgraph that keeps them. */
const auditedTypes: Record<string, string[]> = {
  institutions: ['Institution', 'Membership', 'Person', 'Position'],
  agreements: ['Agreement', 'Event'],
  talent: ['Internship', 'InternshipProgram', 'Thesis', 'ThesisProgram', 'TrainingEnrollment', 'TrainingProgram'],
};

describe('the history field in the subgraph schemas', () => {
  const declared = subgraphNames.map((name) => {
    const sdl = parse(fs.readFileSync(path.join(repositoryRoot, 'subgraphs', name, 'schema.graphql'), 'utf8'));
    const fields: Array<[string, FieldDefinitionNode]> = [];
    for (const definition of sdl.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const history = definition.fields?.find((field) => field.name.value === 'history');
      if (history) fields.push([definition.name.value, history]);
    }
    return { name, fields };
  });

  it.each(declared)('is on every type $name audits, and only there', ({ name, fields }) => {
    expect(fields.map(([type]) => type).sort()).toEqual(auditedTypes[name]);
  });

  it('is declared alike everywhere: first and after, a private uncached connection sized by first', () => {
    for (const { fields } of declared) {
      for (const [type, field] of fields) {
        const shape = print({
          ...field,
          description: undefined,
          arguments: field.arguments?.map((a) => ({ ...a, description: undefined })),
        });
        expect([type, shape]).toEqual([
          type,
          'history(first: Int = 20, after: String): AuditEntryConnection! @cacheControl(maxAge: 0, scope: PRIVATE) @listSize(slicingArguments: ["first"], sizedFields: ["nodes", "edges"], requireOneSlicingArgument: false)',
        ]);
      }
    }
  });
});

describe.each(testDatabases())('history on every audited record, through the gateway on $label', ({ label }) => {
  let stack: Stack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions', 'agreements', 'talent'], database: label });
    const secret = readAuthConfig().jwtSecret as string;
    const roles: Role[] = ['admin', 'editor:institutions', 'editor:agreements', 'editor:talent'];
    for (const role of roles)
      tokens[role] = await mintToken(secret, {
        sub: `history-${role.replace(':', '-')}`,
        roles: [role],
        institutionId: null,
      });
  }, 180_000);
  afterAll(() => stack?.stop());

  const post = (query: string, variables: Record<string, unknown>, role?: Role) =>
    postGraphQL(stack.gatewayUrl, query, variables, role ? { authorization: `Bearer ${tokens[role]}` } : {});
  const sendAs =
    (role: Role): Send =>
    async (query, variables) => {
      const { body } = await post(query, variables, role);
      expect(body.errors).toBeUndefined();
      return body.data;
    };

  describe.each(cases)('on $type ($subgraph)', (record) => {
    let id: string;
    beforeAll(async () => {
      const send = sendAs(record.editorRole);
      id = await record.create(send);
      await record.change(send, id, 1);
      await record.change(send, id, 2);
    }, 60_000);

    it("lists the editor's writes, newest first, in pages continued with after", async () => {
      const first = await post(historyQuery(record.lookup), { id, first: 2 }, 'admin');
      expect(first.body.errors).toBeUndefined();
      expect(first.headers.get('cache-control')).toBe('no-store');
      const page = first.body.data[record.lookup].history;
      expect(page.totalCount).toBe(3);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const rest = (
        await sendAs('admin')(historyQuery(record.lookup), { id, first: 2, after: page.pageInfo.endCursor })
      )[record.lookup].history;
      expect(rest.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });

      const entries = [...page.nodes, ...rest.nodes];
      expect(entries.map((e: { action: string }) => e.action)).toEqual([...record.actions].reverse());
      for (const entry of entries) {
        expect(entry).toMatchObject({
          entityType: record.type,
          entityId: id,
          actor: expect.stringMatching(/^history-editor-/),
        });
      }
      const ids = entries.map((e: { id: string }) => Number(e.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      // Newest first: each entry's "before" is the next (older) entry's "after"; the oldest is the creation.
      // (An import's "after" leaves out the fields it never set, which the stored record reads back as null.)
      for (let i = 0; i + 1 < entries.length; i++)
        expect(withoutNulls(entries[i].before)).toEqual(withoutNulls(entries[i + 1].after));
      expect(entries[2].before).toBeNull();
    });

    it('answers the same entries as the deprecated root audit-log field', async () => {
      const data = await sendAs('admin')(
        `query($id: ID!) {
          ${record.lookup}(id: $id) { history { nodes { ${ENTRY} } } }
          ${record.rootLog}(entityId: $id) { nodes { ${ENTRY} } }
        }`,
        { id },
      );
      expect(data[record.lookup].history.nodes).toHaveLength(3);
      expect(data[record.lookup].history.nodes).toEqual(data[record.rootLog].nodes);
    });

    it.each([
      ['an anonymous caller', 'UNAUTHENTICATED', undefined],
      ['the editor who wrote it', 'FORBIDDEN', record.editorRole],
    ] as const)('refuses %s with %s, as the root audit log does', async (_who, code, role) => {
      for (const query of [
        historyQuery(record.lookup),
        `query($id: ID!) { ${record.rootLog}(entityId: $id) { totalCount } }`,
      ]) {
        const { body } = await post(query, { id }, role);
        expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
        expect(body.errors?.[0].message).toContain('the role admin');
        expect(body.data?.[record.lookup] ?? null).toBeNull();
      }
    });
  });
  it("reads only the record's own type: a person with an institution's id keeps a history of its own", async () => {
    const send = sendAs('editor:institutions');
    const institution = await send(IMPORT_INSTITUTIONS, { rows: [institutionRow({ name: 'History Namesake Lab' })] });
    const id = institution.importInstitutions.rows[0].id as string;
    const person = await send(
      'mutation($rows: [PersonImportInput!]!) { importPeople(rows: $rows) { rows { id outcome } } }',
      { rows: [{ id, name: 'History Namesake', source: importSource(3) }] },
    );
    expect(person.importPeople.rows).toEqual([{ id, outcome: 'CREATED' }]);
    const data = await sendAs('admin')(
      `query($id: ID!) {
        institution(id: $id) { history { totalCount nodes { entityType action } } }
        person(id: $id) { history { totalCount nodes { entityType action } } }
        institutionAuditLog(entityId: $id) { totalCount }
      }`,
      { id },
    );
    expect(data.institution.history).toEqual({
      totalCount: 1,
      nodes: [{ entityType: 'Institution', action: 'IMPORT_CREATE' }],
    });
    expect(data.person.history).toEqual({ totalCount: 1, nodes: [{ entityType: 'Person', action: 'IMPORT_CREATE' }] });
    // The root field takes an id alone, so it answers both.
    expect(data.institutionAuditLog.totalCount).toBe(2);
  });
});
