import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { createLogger } from '../observability/logger';

/** What a service logs is safe to ship anywhere: no token, password or secret, and no person's name or email. */
function capture(): { lines: () => Array<Record<string, unknown>>; text: () => string; stream: Writable } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString();
      done();
    },
  });
  return {
    stream,
    text: () => text,
    lines: () =>
      text
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJl';
const email = 'leyla.mammadova@example.org';
const studentName = 'Leyla Məmmədova';

describe('log lines', () => {
  it('are JSON with time, level by name, service and message', () => {
    const out = capture();
    createLogger({ level: 'info', format: 'json', service: 'talent' }, out.stream).info(
      { operationName: 'Students', durationMs: 3.2 },
      'graphql request',
    );
    const [line] = out.lines();
    expect(line).toMatchObject({
      level: 'info',
      service: 'talent',
      operationName: 'Students',
      durationMs: 3.2,
      msg: 'graphql request',
    });
    expect(new Date(line.time as string).toISOString()).toBe(line.time);
  });

  it('never carry a token, password, secret, name, email or an operation’s variables, wherever they sit', () => {
    const out = capture();
    const log = createLogger({ level: 'info', format: 'json', service: 'gateway' }, out.stream);
    log.info(
      {
        authorization: `Bearer ${token}`,
        headers: { authorization: `Bearer ${token}`, cookie: 'session=1' },
        password: 'hunter2-hunter2',
      },
      'a request',
    );
    log.info(
      { student: { name: studentName, email }, variables: { input: { student: { name: studentName, email } } } },
      'a write',
    );
    log.warn({ config: { subgraphSecret: 'the-subgraph-secret', token } }, 'configuration');
    const text = out.text();
    for (const secret of [token, 'hunter2', 'session=1', 'the-subgraph-secret', studentName, email])
      expect([secret, text.includes(secret)]).toEqual([secret, false]);
    expect(out.lines()[0]).toMatchObject({ authorization: '[redacted]', headers: { authorization: '[redacted]' } });
  });

  it('show a database error’s type and message without the statement’s values', () => {
    const out = capture();
    const driverError = Object.assign(new Error(`Duplicate entry '${email}' for key 'students.email'`), {
      code: 'ER_DUP_ENTRY',
      sqlMessage: `Duplicate entry '${email}'`,
    });
    const error = new QueryFailedError(
      'INSERT INTO students (name, email) VALUES (?, ?)',
      [studentName, email],
      driverError,
    );
    createLogger({ level: 'info', format: 'json', service: 'talent' }, out.stream).error(
      { err: error },
      'unexpected error',
    );
    expect(out.text()).not.toContain(email);
    expect(out.text()).not.toContain(studentName);
    expect(out.lines()[0].err).toMatchObject({
      type: 'QueryFailedError',
      code: 'ER_DUP_ENTRY',
      message: "Duplicate entry '…' for key '…'",
    });
  });

  it('keep an ordinary error’s message and stack', () => {
    const out = capture();
    createLogger({ level: 'info', format: 'json' }, out.stream).error(
      { err: new TypeError('cannot read "id" of null') },
      'request failed',
    );
    expect(out.lines()[0].err).toMatchObject({
      type: 'TypeError',
      message: 'cannot read "id" of null',
      stack: expect.stringContaining('TypeError'),
    });
  });
});
