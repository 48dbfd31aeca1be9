import { postGraphQL, startStack, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * Search finds names as people type them, through the gateway on each database:
 * Azerbaijani letters typed as plain Latin either way, and places by their names in
 * other languages.
 */
describe.each(testDatabases())('search by every usual spelling, through the gateway on $label', ({ label }) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: ['institutions', 'agreements', 'talent'], database: label });
  }, 120_000);
  afterAll(() => stack?.stop());

  async function institutionsFound(search: string): Promise<string[]> {
    const { status, body } = await postGraphQL(
      stack.gatewayUrl,
      'query($search: String) { institutions(first: 100, filter: { search: $search }) { nodes { id } } }',
      { search },
    );
    expect({ status, errors: body.errors }).toEqual({ status: 200, errors: undefined });
    return body.data.institutions.nodes.map((node: { id: string }) => node.id);
  }

  it.each([
    ['azerisiq', 'azerishiq'],
    ['Azerisiq', 'azerishiq'],
    ['Azerishiq', 'azerishiq'],
    ['gence', 'ganja-aluminium-complex'],
    ['Ganja', 'ganja-aluminium-complex'],
    ['Aserbaidschan', 'aztu'],
    // ə typed as "a": Xəzər Universiteti
    ['Xazar', 'khazar-university'],
    ['azarisiq', 'azerishiq'],
  ])('%s finds %s', async (search, id) => {
    expect(await institutionsFound(search)).toContain(id);
  });

  it('Aserbaidschan finds every institution named "Azerbaijan …", as azerbaijan does', async () => {
    const english = await institutionsFound('azerbaijan');
    expect(english.length).toBeGreaterThan(2);
    expect((await institutionsFound('Aserbaidschan')).sort()).toEqual(english.sort());
  });

  it('gence finds the agreement with the Ganja Aluminium Complex', async () => {
    const { body } = await postGraphQL(
      stack.gatewayUrl,
      '{ agreements(first: 10, filter: { search: "gence aluminum" }) { nodes { id parties { institution { id } } } } }',
    );
    expect(body.errors).toBeUndefined();
    const parties = body.data.agreements.nodes.flatMap(
      (a: { parties: Array<{ institution: { id: string } | null }> }) => a.parties.map((p) => p.institution?.id),
    );
    expect(parties).toContain('ganja-aluminium-complex');
  });
});
