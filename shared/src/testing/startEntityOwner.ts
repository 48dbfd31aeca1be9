import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EntityOwner {
  url: string;
  /** How many `_entities` requests it answered. */
  requests: () => number;
  close: () => Promise<void>;
}

/**
 * A stand-in for the subgraph that owns referenced entities: answers every `_entities`
 * request on loopback saying each id exists, after `beforeAnswer` (which a test uses to
 * look at the asking subgraph while its reference check waits, or to make it wait).
 */
export async function startEntityOwner(
  beforeAnswer: (representations: Array<{ __typename: string; id: string }>) => Promise<void>,
): Promise<EntityOwner> {
  let requests = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      void (async () => {
        const representations = (JSON.parse(body).variables?.r ?? []) as Array<{ __typename: string; id: string }>;
        requests += 1;
        await beforeAnswer(representations);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ data: { _entities: representations.map((r) => ({ __typename: r.__typename, id: r.id })) } }),
        );
      })().catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests: () => requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
