import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readExampleOperations } from '@partnership-graph/shared';

/**
 * A self-hosted GraphiQL: the page and every asset come from npm packages served by
 * the gateway itself, so it works with no internet. The example library
 * (schema/operations) opens as tabs.
 */
const assets: Record<string, { pkg: string; file: string; type: string }> = {
  '/explorer/react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  '/explorer/react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  '/explorer/graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  '/explorer/graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** A file inside an installed package (its `exports` do not list the browser builds). */
function packageFile(pkg: string, file: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}

/**
 * The explorer's icon: three linked nodes, small enough to keep here. Browsers ask for
 * /favicon.ico whatever the page says; it gets the same icon (they read the type, not the
 * name), so the explorer logs no failed request.
 */
const favicon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
<path d="M8 22 16 8l8 14Z" fill="none" stroke="#1d4e89" stroke-width="2.5"/>
<circle cx="16" cy="8" r="5" fill="#e10098"/><circle cx="8" cy="22" r="5" fill="#1d4e89"/><circle cx="24" cy="22" r="5" fill="#1d4e89"/>
</svg>
`;
const faviconRoutes = new Set(['/favicon.ico', '/explorer/favicon.svg']);

function escapeForScript(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function renderExplorerPage(): string {
  const tabs = readExampleOperations().map((op) => ({ query: op.query }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>The partnership graph — explorer</title>
  <link rel="icon" type="image/svg+xml" href="/explorer/favicon.svg" />
  <link rel="stylesheet" href="/explorer/graphiql.css" />
  <style>body { margin: 0; height: 100vh; } #explorer { height: 100vh; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react.js"></script>
  <script src="/explorer/react-dom.js"></script>
  <script src="/explorer/graphiql.js"></script>
  <script>
    const tabs = ${escapeForScript(JSON.stringify(tabs))};
    const fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/' });
    ReactDOM.createRoot(document.getElementById('explorer')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: false }),
    );
  </script>
</body>
</html>`;
}

/** Serves the explorer page on GET / for browsers, its assets under /explorer/, and its icon (also as /favicon.ico). */
export function explorerRoutes(): (req: IncomingMessage, res: ServerResponse, url: URL) => boolean {
  const files = new Map(
    Object.entries(assets).map(([route, asset]) => [
      route,
      { file: packageFile(asset.pkg, asset.file), type: asset.type },
    ]),
  );
  return (req, res, url) => {
    if (req.method !== 'GET') return false;
    if (faviconRoutes.has(url.pathname)) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' });
      res.end(favicon);
      return true;
    }
    const asset = files.get(url.pathname);
    if (asset) {
      res.writeHead(200, { 'content-type': `${asset.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
      fs.createReadStream(asset.file).pipe(res);
      return true;
    }
    const wantsHtml = (req.headers.accept ?? '').includes('text/html');
    if ((url.pathname === '/' || url.pathname === '/graphql') && wantsHtml && !url.searchParams.has('query')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(renderExplorerPage());
      return true;
    }
    return false;
  };
}
