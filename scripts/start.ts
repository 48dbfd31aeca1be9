import fs from 'node:fs';
import path from 'node:path';
import concurrently from 'concurrently';

/**
 * `pnpm start`: every subgraph and the gateway in one terminal, logs prefixed by
 * service; Ctrl-C (or any service failing) stops them all.
 */
const root = path.resolve(__dirname, '..');
const subgraphs = fs
  .readdirSync(path.join(root, 'subgraphs'))
  .filter((name) => fs.existsSync(path.join(root, 'subgraphs', name, 'src', 'index.ts')))
  .sort();

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const services = [
  ...subgraphs.map((name) => ({ name, command: `${tsx} src/index.ts`, cwd: path.join(root, 'subgraphs', name) })),
  { name: 'gateway', command: `${tsx} src/index.ts`, cwd: path.join(root, 'gateway') },
];

const port = process.env.GATEWAY_PORT ?? '4000';
console.log(
  `starting ${services.map((s) => s.name).join(', ')} on ${process.env.MYSQL_URL ? 'MySQL' : 'embedded SQLite (.data/)'}`,
);
const { result } = concurrently(services, {
  prefix: 'name',
  killOthersOn: ['failure'],
  prefixColors: ['cyan', 'magenta', 'yellow', 'green'],
});
console.log(`gateway: http://127.0.0.1:${port}/ (Ctrl-C stops every service)`);
result.then(
  () => process.exit(0),
  (events: Array<{ exitCode: number | string }>) => {
    // Ctrl-C ends every service with SIGINT; that is a clean stop, not a failure.
    const failed = events.some((e) => e.exitCode !== 0 && e.exitCode !== 'SIGINT' && e.exitCode !== 130);
    process.exit(failed ? 1 : 0);
  },
);
