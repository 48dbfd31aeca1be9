import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the proxy holds back until the test releases it. */
export interface HeldRequest {
  /** Resolves once the request is held: before it is forwarded, or with the subgraph's answer in hand. */
  held: Promise<{ headers: http.IncomingHttpHeaders; body: string }>;
  /** Resolves when the caller hangs up before it got its answer. */
  abandoned: Promise<void>;
  release(): void;
}

export interface HoldingProxy {
  url: string;
  /** Where requests are forwarded (set once the subgraph is up). */
  target: string;
  /** Every request seen, in order of arrival. */
  seen: Array<{ headers: http.IncomingHttpHeaders; body: string }>;
  /**
   * Holds the next request whose body `matches`: before forwarding it (`'request'`: a
   * slow subgraph) or after the subgraph answered (`'answer'`: a slow network back).
   */
  hold(matches: (body: string) => boolean, when: 'request' | 'answer'): HeldRequest;
  close(): Promise<void>;
}

interface Hold {
  matches: (body: string) => boolean;
  when: 'request' | 'answer';
  onHeld: (request: { headers: http.IncomingHttpHeaders; body: string }) => void;
  onAbandoned: () => void;
  released: Promise<void>;
}

function forward(
  target: string,
  req: http.IncomingMessage,
  body: string,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, host: new URL(target).host, 'content-length': String(Buffer.byteLength(body)) };
    const outgoing = http.request(target, { method: req.method, headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () =>
        resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: Buffer.concat(chunks) }),
      );
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/**
 * A test stand-in for the network between the gateway and one subgraph: it forwards every
 * request to the real subgraph and can hold a chosen one back, so a test orders a read and
 * a write exactly, makes a subgraph slow, or sees the gateway hang up.
 */
export async function startHoldingProxy(): Promise<HoldingProxy> {
  const holds: Hold[] = [];
  const proxy: HoldingProxy = {
    url: '',
    target: '',
    seen: [],
    hold(matches, when) {
      let release!: () => void;
      const released = new Promise<void>((resolve) => (release = resolve));
      let onHeld!: Hold['onHeld'];
      const held = new Promise<{ headers: http.IncomingHttpHeaders; body: string }>((resolve) => (onHeld = resolve));
      let onAbandoned!: () => void;
      const abandoned = new Promise<void>((resolve) => (onAbandoned = resolve));
      holds.push({ matches, when, onHeld, onAbandoned, released });
      return { held, abandoned, release };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks).toString('utf8');
        proxy.seen.push({ headers: req.headers, body });
        const index = holds.findIndex((h) => h.matches(body));
        const hold = index >= 0 ? holds.splice(index, 1)[0] : undefined;
        res.once('close', () => {
          if (!res.writableFinished) hold?.onAbandoned();
        });
        if (hold?.when === 'request') {
          hold.onHeld({ headers: req.headers, body });
          await hold.released;
        }
        if (res.destroyed) return;
        const answer = await forward(proxy.target, req, body);
        if (hold?.when === 'answer') {
          hold.onHeld({ headers: req.headers, body });
          await hold.released;
        }
        if (res.destroyed) return;
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
      })().catch(() => res.destroy());
    });
  });
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return proxy;
}
