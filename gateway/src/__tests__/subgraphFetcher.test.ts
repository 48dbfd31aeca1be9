import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSubgraphFetcher, type SubgraphFetcher } from '../subgraphFetcher';

/**
 * Identical reads in flight at the same time share one fetch; writes, different
 * callers and reads after a write do not; nothing is kept once a fetch is answered.
 */
describe('subgraph fetcher: identical reads in flight share one fetch', () => {
  let server: http.Server;
  let url: string;
  let received: Array<{ authorization?: string; body: string }> = [];
  let fetcher: SubgraphFetcher;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ authorization: req.headers.authorization, body });
        const n = received.length;
        // Slow enough for the concurrent calls below to find the first one in flight.
        setTimeout(() => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: { n } }));
        }, 50);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await fetcher?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  beforeEach(() => {
    received = [];
  });

  const request = (body: string, authorization?: string) => ({
    url,
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body,
  });

  it('sends one request for identical concurrent reads, and each caller gets the answer', async () => {
    fetcher = createSubgraphFetcher({ timeoutMs: 5_000, keepAliveMs: 5_000, deduplicate: true });
    const answers = await Promise.all([1, 2, 3].map(() => fetcher.fetch(request('{"query":"{ a }"}'), true)));
    expect(received).toHaveLength(1);
    expect(answers.map((a) => JSON.parse(a.text))).toEqual([
      { data: { n: 1 } },
      { data: { n: 1 } },
      { data: { n: 1 } },
    ]);
    // Answered: the next read is a fetch of its own.
    await fetcher.fetch(request('{"query":"{ a }"}'), true);
    expect(received).toHaveLength(2);
  });

  it('does not share between different bodies, different callers, or writes', async () => {
    await Promise.all([
      fetcher.fetch(request('{"query":"{ a }"}'), true),
      fetcher.fetch(request('{"query":"{ b }"}'), true),
      fetcher.fetch(request('{"query":"{ a }"}', 'Bearer one'), true),
      fetcher.fetch(request('{"query":"{ a }"}', 'Bearer two'), true),
      fetcher.fetch(request('{"query":"mutation { m }"}'), false),
      fetcher.fetch(request('{"query":"mutation { m }"}'), false),
    ]);
    expect(received).toHaveLength(6);
  });

  it('starts a new fetch for a read that comes after forgetInFlight (a write)', async () => {
    const first = fetcher.fetch(request('{"query":"{ a }"}'), true);
    fetcher.forgetInFlight();
    const second = fetcher.fetch(request('{"query":"{ a }"}'), true);
    const third = fetcher.fetch(request('{"query":"{ a }"}'), true);
    await Promise.all([first, second, third]);
    expect(received).toHaveLength(2);
  });

  it('stops a shared read only when every caller waiting for it has gone', async () => {
    const closed: string[] = [];
    const slow = http.createServer((req) => {
      // Never answers: only the caller going away ends the request.
      req.resume();
      req.socket.once('close', () => closed.push('closed'));
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const slowUrl = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
    try {
      const callers = [new AbortController(), new AbortController()];
      const waits = callers.map((c) =>
        fetcher
          .fetch(
            {
              url: slowUrl,
              headers: { 'content-type': 'application/json' },
              body: '{"query":"{ slow }"}',
              signal: c.signal,
            },
            true,
          )
          .catch((e: Error) => e.name),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      callers[0].abort();
      expect(await waits[0]).toBe('AbortError');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(closed).toEqual([]); // the second caller still waits
      callers[1].abort();
      expect(await waits[1]).toBe('AbortError');
      for (let i = 0; i < 50 && closed.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(closed).toEqual(['closed']);
    } finally {
      slow.closeAllConnections();
      await new Promise<void>((resolve) => slow.close(() => resolve()));
    }
  });

  it('sends every read when deduplication is off', async () => {
    const plain = createSubgraphFetcher({ timeoutMs: 5_000, keepAliveMs: 5_000, deduplicate: false });
    try {
      await Promise.all([1, 2, 3].map(() => plain.fetch(request('{"query":"{ a }"}'), true)));
      expect(received).toHaveLength(3);
    } finally {
      await plain.close();
    }
  });
});
