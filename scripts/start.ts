import path from 'node:path';
import concurrently from 'concurrently';
import { ConfigError, describeDatabase, readDatabaseConfig, subgraphNames } from '@partnership-graph/shared';

/**
 * `pnpm start`: every subgraph and the gateway in one terminal, logs prefixed by
 * service; Ctrl-C (or any service failing) stops them all. It says which database
 * each subgraph uses (read as the subgraph reads it) and the gateway's address once
 * the gateway and every subgraph are up.
 */
const root = path.resolve(__dirname, '..');
const subgraphs = subgraphNames;

let databases: string[];
try {
  databases = subgraphs.map((name) => `  ${name}: ${describeDatabase(readDatabaseConfig(process.env, name))}`);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`pnpm start refused: ${error.message}`);
  process.exit(1);
}

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
// The services' output reaches a person through this process: readable lines when it writes to a terminal.
const env = process.stdout.isTTY && !process.env.LOG_FORMAT ? { LOG_FORMAT: 'pretty' } : {};
const services = [
  ...subgraphs.map((name) => ({ name, command: `${tsx} src/index.ts`, cwd: path.join(root, 'subgraphs', name), env })),
  { name: 'gateway', command: `${tsx} src/index.ts`, cwd: path.join(root, 'gateway'), env },
];

console.log(`starting ${services.map((s) => s.name).join(', ')}; databases:\n${databases.join('\n')}`);
const { result, commands } = concurrently(services, {
  prefix: 'name',
  killOthersOn: ['failure'],
  prefixColors: ['cyan', 'magenta', 'yellow', 'green'],
});

// The address is printed once the gateway and every subgraph say they are ready (a subgraph
// may still be migrating or seeding when the gateway is up), not before: a service may fail first.
const readyAt = new Map<string, string>();
const outputs = new Map<string, string>();
let announced = false;
for (const command of commands) {
  command.stdout.subscribe((chunk) => {
    if (announced || readyAt.has(command.name)) return;
    const output = (outputs.get(command.name) ?? '') + chunk.toString();
    outputs.set(command.name, output);
    const ready = /ready at (https?:\/\/[^\s"]+)/.exec(output);
    if (!ready) return;
    readyAt.set(command.name, ready[1]);
    outputs.delete(command.name);
    if (readyAt.size < services.length) return;
    announced = true;
    console.log(`the partnership graph is up: ${readyAt.get('gateway')} (Ctrl-C stops every service)`);
  });
}

result.then(
  () => process.exit(0),
  (events: Array<{ exitCode: number | string }>) => {
    // Ctrl-C ends every service with SIGINT; that is a clean stop, not a failure.
    const failed = events.some((e) => e.exitCode !== 0 && e.exitCode !== 'SIGINT' && e.exitCode !== 130);
    process.exit(failed ? 1 : 0);
  },
);
