import fs from 'node:fs';
import path from 'node:path';
import { mintToken, repositoryRoot } from '@partnership-graph/shared';
import { startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';
import { gql, type Case, type CaseFile } from '../testing/abuseCorpus/corpusKit';

/**
 * The OWASP GraphQL attack list as a corpus of requests against the gateway in
 * production mode. Every case must end with a clear refusal or a harmless answer:
 * no HTTP 5xx, nothing leaked (no stack, SQL, file path or internal detail), and no
 * write. The figures are printed. The cases live in `gateway/src/testing/abuseCorpus/*Cases.ts`,
 * one file per area; every such file is part of the corpus.
 */
const secrets = {
  NODE_ENV: 'production',
  JWT_SECRET: 'corpus-test-jwt-secret-0123456789abcdef0123456789',
  SUBGRAPH_SECRET: 'corpus-test-subgraph-secret-0123456789abcdef012345',
};
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');

const caseDirectory = path.join(__dirname, '..', 'testing', 'abuseCorpus');
/** Every `*Cases.ts` file beside the corpus kit, in name order. */
function caseFiles(): CaseFile[] {
  return fs
    .readdirSync(caseDirectory)
    .filter((file) => file.endsWith('Cases.ts'))
    .sort()
    .map((file) => require(path.join(caseDirectory, file)) as CaseFile);
}

const leakPatterns = [
  /\n\s+at [\w.<>]+ \(/, // stack frames
  /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b/,
  /sqlite|mysql|mariadb|\bER_[A-Z_]+|QueryFailedError|TypeORM/i,
  /\/work\/|node_modules|\.ts:\d+/,
  /ECONNREFUSED|127\.0\.0\.1:\d{4,5}/,
  /Did you mean/,
];

describe('abuse corpus against the gateway in production mode', () => {
  let stack: Stack;
  let tokens: Record<string, string>;
  let studentId: string;

  async function counts(): Promise<string> {
    const { text } = await gql(
      '{ agreements { totalCount } events { totalCount } internshipPrograms { totalCount } }',
      undefined,
      {
        authorization: `Bearer ${tokens.admin}`,
      },
    )(stack);
    return text;
  }

  beforeAll(async () => {
    stack = await startStack({
      subgraphs: subgraphsOf(supergraph),
      database: 'sqlite',
      gatewayEnv: secrets,
      subgraphEnv: secrets,
    });
    const mint = (roles: string[], institutionId?: string, exp: string | number = '1h') =>
      mintToken(
        secrets.JWT_SECRET,
        { sub: `corpus-${roles.join('-') || 'none'}`, roles: roles as never, institutionId },
        exp,
      );
    tokens = {
      admin: await mint(['admin']),
      viewer: await mint(['viewer']),
      analyst: await mint(['analyst']),
      editorAgreements: await mint(['editor:agreements']),
      editorInstitutions: await mint(['editor:institutions']),
      editorTalent: await mint(['editor:talent']),
      registrarBsu: await mint(['registrar'], 'bsu'),
      registrarAztu: await mint(['registrar'], 'aztu'),
      expired: await mint(['admin'], undefined, Math.floor(Date.now() / 1000) - 60),
      forged: await mintToken('another-secret-that-is-long-enough-to-sign-0123456789', { sub: 'x', roles: ['admin'] }),
    };
    // An AzTU student, enrolled by an admin, whose personal data the corpus tries to read.
    const admin = { authorization: `Bearer ${tokens.admin}` };
    const program = await gql(
      'mutation { createInternshipProgram(input: { title: "Corpus programme", levels: [BACHELOR], universityIds: ["aztu"], seats: 5, status: OPEN }) { id } }',
      undefined,
      admin,
    )(stack);
    const programId = JSON.parse(program.text).data.createInternshipProgram.id;
    const enrolled = await gql(
      `mutation { enrollInInternshipProgram(input: { programId: "${programId}", level: BACHELOR, student: { name: "Corpus Student", email: "corpus.student@example.org", universityId: "aztu" } }) { student { id } } }`,
      undefined,
      admin,
    )(stack);
    studentId = JSON.parse(enrolled.text).data.enrollInInternshipProgram.student.id;
  }, 180_000);
  afterAll(() => stack?.stop());

  it('refuses every abusive request cleanly: no 5xx, no leak, no write', async () => {
    const before = await counts();
    const context = { secrets, tokens, ids: { studentId } };
    const corpus: Case[] = caseFiles().flatMap((file) => file.cases(context));
    const failures: string[] = [];
    const tally = { cases: corpus.length, serverErrors: 0, leaks: 0, unexpected: 0 };
    const byCategory = new Map<string, number>();
    for (const c of corpus) {
      byCategory.set(c.category, (byCategory.get(c.category) ?? 0) + 1);
      const { status, text } = await c.send(stack);
      if (status >= 500) {
        tally.serverErrors += 1;
        failures.push(`${c.category} / ${c.name}: HTTP ${status} ${text.slice(0, 200)}`);
      }
      const leak = leakPatterns.find((p) => p.test(text));
      if (leak) {
        tally.leaks += 1;
        failures.push(`${c.category} / ${c.name}: leaks ${leak} in ${text.slice(0, 300)}`);
      }
      if (c.expect && !c.expect(status, text)) {
        tally.unexpected += 1;
        failures.push(`${c.category} / ${c.name}: unexpected answer HTTP ${status} ${text.slice(0, 300)}`);
      }
    }
    const after = await counts();
    const writes = before === after ? 0 : 1;
    console.log(
      `abuse corpus: ${tally.cases} requests (${[...byCategory].map(([k, v]) => `${k} ${v}`).join(', ')}); ` +
        `${tally.serverErrors} HTTP 5xx, ${tally.leaks} leaks, ${writes} writes, ${tally.unexpected} unexpected answers`,
    );
    expect(tally.cases).toBeGreaterThanOrEqual(200);
    expect(failures).toEqual([]);
    expect(after).toBe(before);
  }, 600_000); // some cases start processes of their own (a gateway in JWKS mode, services that must refuse to start)

  it('still shows the student to the registrar of their own university and to an admin', async () => {
    for (const token of [tokens.registrarAztu, tokens.admin]) {
      const { text } = await gql(`{ student(id: "${studentId}") { name } }`, undefined, {
        authorization: `Bearer ${token}`,
      })(stack);
      expect(JSON.parse(text).data.student.name).toBe('Corpus Student');
    }
  });
});
