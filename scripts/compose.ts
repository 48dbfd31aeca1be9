import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

/**
 * Composes the supergraph from every subgraph's `schema.graphql` and writes
 * `schema/supergraph.graphql`. With --check it writes nothing and fails when the
 * committed file is stale or composition fails.
 */
const root = path.resolve(__dirname, '..');
const subgraphsDir = path.join(root, 'subgraphs');
const output = path.join(root, 'schema', 'supergraph.graphql');

/** Default routing URLs baked into the supergraph; the gateway overrides them from the environment. */
export const defaultSubgraphPorts: Record<string, number> = { institutions: 4001, agreements: 4002, talent: 4003 };

export function composeSupergraph(): string {
  const names = fs
    .readdirSync(subgraphsDir)
    .filter((name) => fs.existsSync(path.join(subgraphsDir, name, 'schema.graphql')))
    .sort();
  const services = names.map((name) => {
    const file = path.join(subgraphsDir, name, 'schema.graphql');
    let typeDefs;
    try {
      typeDefs = parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`subgraph "${name}": ${path.relative(root, file)} does not parse: ${(error as Error).message}`);
    }
    return { name, typeDefs, url: `http://127.0.0.1:${defaultSubgraphPorts[name] ?? 4000}/` };
  });
  const result = composeServices(services);
  if (result.errors?.length) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return result.supergraphSdl + '\n';
}

function main(): void {
  const check = process.argv.includes('--check');
  const supergraph = composeSupergraph();
  const relative = path.relative(root, output);
  if (check) {
    const committed = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : '';
    if (committed !== supergraph) {
      console.error(`${relative} is stale: run \`pnpm compose\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${relative} is up to date.`);
    return;
  }
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, supergraph);
  console.log(`wrote ${relative}`);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
