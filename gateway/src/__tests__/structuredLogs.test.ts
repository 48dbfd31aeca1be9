import { mintToken, readAuthConfig } from '@partnership-graph/shared';
import { postGraphQL, startStack, type Stack } from '@partnership-graph/shared/testing';

/**
 * Every service logs JSON lines (LOG_FORMAT=json; the default when stdout is not a
 * terminal): each request is one line naming the operation, its duration, status and
 * the caller's subject — and no line holds a token, a secret or a student's name or email.
 */
interface LogLine {
  time: string;
  level: string;
  service: string;
  msg: string;
  operationName?: string | null;
  durationMs?: number;
  status?: number;
  subject?: string | null;
  errorCodes?: string[];
  trace_id?: string;
  span_id?: string;
}

const studentName = 'Logged Nobody Ölməz';
// A client's W3C traceparent: with tracing off (no OTEL_* variables) its trace id still names the request.
const clientTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';
const clientTraceparent = `00-${clientTraceId}-00f067aa0ba902b7-01`;
const invalidTraceId = '0af7651916cd43dd8448eb211c80319c';
const studentEmail = 'never.logged@example.org';

describe('structured logs of a request through the stack', () => {
  let stack: Stack;
  let adminToken: string;
  let refusedExtensions: Record<string, unknown> | undefined;
  let invalidExtensions: Record<string, unknown> | undefined;
  beforeAll(async () => {
    const env = { LOG_FORMAT: 'json', LOG_LEVEL: 'info' };
    stack = await startStack({
      subgraphs: ['institutions', 'agreements', 'talent'],
      database: 'sqlite',
      gatewayEnv: env,
      subgraphEnv: env,
    });
    adminToken = await mintToken(readAuthConfig().jwtSecret as string, { sub: 'log-test-admin', roles: ['admin'] });
    const admin = { authorization: `Bearer ${adminToken}` };
    const program = await postGraphQL(
      stack.gatewayUrl,
      'mutation CreateProgram { createInternshipProgram(input: { title: "Logged programme", levels: [BACHELOR], universityIds: ["aztu"], seats: 5, status: OPEN }) { id } }',
      undefined,
      admin,
    );
    const enrolled = await postGraphQL(
      stack.gatewayUrl,
      'mutation Enrol($input: EnrollInInternshipProgramInput!) { enrollInInternshipProgram(input: $input) { student { id name email } } }',
      {
        input: {
          programId: program.body.data.createInternshipProgram.id,
          level: 'BACHELOR',
          student: { name: studentName, email: studentEmail, universityId: 'aztu' },
        },
      },
      admin,
    );
    const studentId = enrolled.body.data.enrollInInternshipProgram.student.id;
    const read = await postGraphQL(
      stack.gatewayUrl,
      'query StudentContact($id: ID!) { student(id: $id) { name email } }',
      { id: studentId },
      admin,
    );
    expect(read.body.data.student).toEqual({ name: studentName, email: studentEmail });
    // A refused token is logged as a refusal, and not itself.
    const refused = await postGraphQL(
      stack.gatewayUrl,
      'query WithBadToken { institutions(first: 1) { totalCount } }',
      undefined,
      { authorization: `Bearer ${adminToken}x`, traceparent: clientTraceparent },
    );
    refusedExtensions = refused.body.errors?.[0].extensions;
    const invalid = await postGraphQL(stack.gatewayUrl, '{ institution(id: "aztu") { noSuchField } }', undefined, {
      traceparent: `00-${invalidTraceId}-00f067aa0ba902b7-01`,
    });
    invalidExtensions = invalid.body.errors?.[0].extensions;
    // A request's line is written once its answer has gone out: wait until the last one has been read.
    const gateway = stack.services.find((s) => s.name === 'gateway');
    for (let waited = 0; !/"status":401/.test(gateway?.output() ?? '') && waited < 10_000; waited += 50)
      await new Promise((r) => setTimeout(r, 50));
  }, 180_000);
  afterAll(() => stack?.stop());

  const linesOf = (service: string): LogLine[] => {
    const output = stack.services.find((s) => s.name === service)?.output() ?? '';
    return output
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        try {
          return JSON.parse(line) as LogLine;
        } catch {
          throw new Error(`${service} logged a line that is not JSON: ${line}`);
        }
      });
  };

  it('writes every line of every service as JSON with time, level, service and message', () => {
    for (const service of stack.services) {
      const lines = linesOf(service.name);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line).toMatchObject({
          level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/),
          service: service.name,
          msg: expect.any(String),
        });
        expect(new Date(line.time).toISOString()).toBe(line.time);
      }
    }
  });

  it('logs a request at the gateway with its operation, duration, status and the caller’s subject', () => {
    const enrol = linesOf('gateway').find((line) => line.operationName === 'Enrol');
    expect(enrol).toMatchObject({
      level: 'info',
      msg: 'graphql request',
      status: 200,
      subject: 'log-test-admin',
      operationType: 'mutation',
    });
    expect(enrol?.durationMs).toBeGreaterThan(0);
    const refused = linesOf('gateway').find((line) => line.operationName === null && line.status === 401);
    expect(refused).toMatchObject({ level: 'info', subject: null });
  });

  it('logs the subgraph’s part of the same request, under the gateway’s name for that fetch', () => {
    const fetch = linesOf('talent').find((line) => /^Enrol__talent__\d+$/.test(line.operationName ?? ''));
    expect(fetch).toMatchObject({ level: 'info', msg: 'graphql request', subject: 'log-test-admin', status: 200 });
  });

  it('names each request’s trace in its lines, the same at the gateway and in the subgraphs, with tracing off', () => {
    const enrol = linesOf('gateway').find((line) => line.operationName === 'Enrol');
    expect(enrol?.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(enrol?.span_id).toMatch(/^[0-9a-f]{16}$/);
    const fetch = linesOf('talent').find((line) => /^Enrol__talent__\d+$/.test(line.operationName ?? ''));
    expect(fetch?.trace_id).toBe(enrol?.trace_id);
    expect(fetch?.span_id).not.toBe(enrol?.span_id);
    // Two requests, two traces.
    const read = linesOf('gateway').find((line) => line.operationName === 'StudentContact');
    expect(read?.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(read?.trace_id).not.toBe(enrol?.trace_id);
  });

  it('gives a refused request’s error and its line the trace id of the client’s traceparent', () => {
    expect(refusedExtensions).toMatchObject({ code: 'UNAUTHENTICATED', traceId: clientTraceId });
    expect(invalidExtensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', traceId: invalidTraceId });
    const refused = linesOf('gateway').find((line) => line.status === 401);
    expect(refused?.trace_id).toBe(clientTraceId);
  });

  it('never logs the token, the secrets, or the student’s name or email', () => {
    const { jwtSecret, subgraphSecret } = readAuthConfig();
    for (const service of stack.services) {
      const output = service.output();
      for (const secret of [adminToken, jwtSecret as string, subgraphSecret, studentName, studentEmail]) {
        expect([service.name, secret.slice(0, 12), output.includes(secret)]).toEqual([
          service.name,
          secret.slice(0, 12),
          false,
        ]);
      }
    }
  });
});
