import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sameSecret } from '../auth/sameSecret';
import { metrics } from './metrics';
import type { MetricsConfig } from './metricsConfig';

/** Answers a scrape: the registry in Prometheus text format, or 401 without the configured bearer token. */
export async function answerMetrics(req: IncomingMessage, res: ServerResponse, config: MetricsConfig): Promise<void> {
  req.resume();
  if (config.token !== null && !sameSecret(req.headers.authorization, `Bearer ${config.token}`)) {
    res.statusCode = 401;
    res.setHeader('www-authenticate', 'Bearer realm="metrics"');
    res.end('metrics need the bearer token METRICS_TOKEN\n');
    return;
  }
  const text = await metrics.registry.metrics();
  res.statusCode = 200;
  res.setHeader('content-type', metrics.registry.contentType);
  res.end(text);
}

export interface MetricsServer {
  url: string;
  close: () => Promise<void>;
}

/** `/metrics` alone on a port of its own (METRICS_PORT), e.g. one the firewall keeps to the scraper. */
export async function serveMetrics(host: string, config: MetricsConfig & { port: number }): Promise<MetricsServer> {
  const server = http.createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/metrics') {
      req.resume();
      res.statusCode = 404;
      res.end('not found; metrics are at /metrics\n');
      return;
    }
    answerMetrics(req, res, config).catch(() => res.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
