import net from 'node:net';
import { ApolloServer } from '@apollo/server';
import { KEEP_ALIVE_DEFAULTS, serveGraphQL, type RunningServer } from '../http/serveGraphQL';

/**
 * A client reuses an idle connection for as long as the server's `Keep-Alive: timeout=N`
 * says. If the server closes it at exactly N seconds, a client whose timer fires a little late
 * (a busy machine) sends its next request into a closing socket and sees "other side closed".
 * The server therefore advertises less than it keeps.
 */
describe('an idle kept-alive connection', () => {
  let running: RunningServer;
  const keepAlive = { timeoutMs: 4_000, hintMarginMs: 2_000 };

  beforeAll(async () => {
    const apollo = new ApolloServer({
      typeDefs: 'type Query { ok: Boolean }',
      resolvers: { Query: { ok: () => true } },
    });
    running = await serveGraphQL(apollo, { host: '127.0.0.1', port: 0, context: async () => ({}), keepAlive });
  });
  afterAll(() => running.close());

  const request = (keepAliveHeader = true) => {
    const body = JSON.stringify({ query: '{ ok }' });
    return [
      'POST /graphql HTTP/1.1',
      'host: 127.0.0.1',
      'content-type: application/json',
      ...(keepAliveHeader ? [] : ['connection: close']),
      `content-length: ${Buffer.byteLength(body)}`,
      '',
      body,
    ].join('\r\n');
  };

  /** Sends a request on the socket and resolves with the raw answer, or rejects when the socket closes first. */
  const exchange = (socket: net.Socket, text: string) =>
    new Promise<string>((resolve, reject) => {
      let answer = '';
      const onData = (chunk: Buffer) => {
        answer += chunk.toString('utf8');
        if (answer.includes('"ok":true')) {
          socket.off('data', onData);
          socket.off('close', onClose);
          resolve(answer);
        }
      };
      const onClose = () => reject(new Error(`socket closed; answer so far: ${JSON.stringify(answer)}`));
      socket.on('data', onData);
      socket.once('close', onClose);
      socket.write(text);
    });

  const hintOf = (answer: string) => Number(/^keep-alive: timeout=(\d+)$/im.exec(answer)?.[1]);

  it('stays open a while after the time the server tells clients to stop reusing it', async () => {
    const socket = net.connect(running.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    try {
      const first = await exchange(socket, request());
      expect(first).toMatch(/^connection: keep-alive$/im);
      const hint = hintOf(first);
      expect(hint).toBe(2);
      // A client that reuses the connection one second after the hint ran out is still answered.
      await new Promise((resolve) => setTimeout(resolve, hint * 1000 + 1_000));
      expect(await exchange(socket, request())).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      socket.destroy();
    }
  }, 15_000);

  it('gives no hint to a client that asked to close', async () => {
    const socket = net.connect(running.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    try {
      const answer = await exchange(socket, request(false));
      expect(answer).not.toMatch(/^keep-alive:/im);
    } finally {
      socket.destroy();
    }
  });

  it('by default is kept 65 s and advertised as 55 s', () => {
    expect(KEEP_ALIVE_DEFAULTS).toEqual({ timeoutMs: 65_000, hintMarginMs: 10_000 });
  });
});
