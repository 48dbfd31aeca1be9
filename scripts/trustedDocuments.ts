import fs from 'node:fs';
import path from 'node:path';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { documentId } from '../gateway/src/trustedDocuments';

/**
 * Writes `schema/trusted-documents/example-operations.json`, the trusted-document
 * manifest of the example library (`schema/operations/*.graphql`): each file's exact
 * text under its id, `sha256:<hex>`, the format of the graphql-codegen client preset's
 * `persistedDocuments`. The text is the file as it is, so the explorer's tabs and
 * `pnpm query schema/operations/…` send registered documents. With --check it writes
 * nothing and fails when the committed manifest is stale (`pnpm codegen:check`).
 */
export const trustedDocumentsDir = path.join(repositoryRoot, 'schema', 'trusted-documents');
export const exampleOperationsManifest = path.join(trustedDocumentsDir, 'example-operations.json');

export function renderExampleOperationsManifest(): string {
  const manifest = Object.fromEntries(
    readExampleOperations().map((operation) => [documentId(operation.query), operation.query]),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function main(): void {
  const content = renderExampleOperationsManifest();
  const relative = path.relative(repositoryRoot, exampleOperationsManifest);
  if (process.argv.includes('--check')) {
    if (!fs.existsSync(exampleOperationsManifest) || fs.readFileSync(exampleOperationsManifest, 'utf8') !== content) {
      console.error(`${relative} is stale: run \`pnpm codegen\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${relative} is up to date.`);
    return;
  }
  fs.mkdirSync(trustedDocumentsDir, { recursive: true });
  fs.writeFileSync(exampleOperationsManifest, content);
  console.log(`wrote ${relative}`);
}

if (require.main === module) main();
