import fs from 'node:fs';
import path from 'node:path';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print, type DocumentNode } from 'graphql';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { documentId } from '../gateway/src/trustedDocuments';
import * as webQueries from '../web/src/queries';

/**
 * Writes the trusted-document manifests in `schema/trusted-documents/`, each document's
 * exact text under its id, `sha256:<hex>`, the format of the graphql-codegen client
 * preset's `persistedDocuments`:
 * - `example-operations.json`, the example library (`schema/operations/*.graphql`) as the
 *   files are, so the explorer's tabs and `pnpm query schema/operations/…` send
 *   registered documents;
 * - `web-page.json`, the reference page's queries (`web/src/queries.ts`) as Apollo Client
 *   sends them: with `__typename` added by the cache and printed by graphql-js.
 * With --check it writes nothing and fails when a committed manifest is stale (`pnpm codegen:check`).
 */
export const trustedDocumentsDir = path.join(repositoryRoot, 'schema', 'trusted-documents');
export const exampleOperationsManifest = path.join(trustedDocumentsDir, 'example-operations.json');

export function renderExampleOperationsManifest(): string {
  const manifest = Object.fromEntries(
    readExampleOperations().map((operation) => [documentId(operation.query), operation.query]),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export const webPageManifest = path.join(trustedDocumentsDir, 'web-page.json');

/** The text Apollo Client 3 sends for a document: its InMemoryCache adds `__typename` to every selection. */
export function sentByApolloClient(document: DocumentNode): string {
  return print(addTypenameToDocument(document));
}

export function renderWebPageManifest(): string {
  const texts = Object.values(webQueries).map((document) => sentByApolloClient(document as DocumentNode));
  return `${JSON.stringify(Object.fromEntries(texts.map((text) => [documentId(text), text])), null, 2)}\n`;
}

function writeOrCheck(file: string, content: string): void {
  const relative = path.relative(repositoryRoot, file);
  if (process.argv.includes('--check')) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) {
      console.error(`${relative} is stale: run \`pnpm codegen\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${relative} is up to date.`);
    return;
  }
  fs.mkdirSync(trustedDocumentsDir, { recursive: true });
  fs.writeFileSync(file, content);
  console.log(`wrote ${relative}`);
}

function main(): void {
  writeOrCheck(exampleOperationsManifest, renderExampleOperationsManifest());
  writeOrCheck(webPageManifest, renderWebPageManifest());
}

if (require.main === module) main();
