import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ConfigError, ErrorCode, type Caller } from '@partnership-graph/shared';
import type { GatewayContext } from './GatewayContext';

/**
 * `off`: ids are not looked up; `allowed`: a registered id is answered, and so is any
 * document; `required`: a caller without a token may only run registered documents.
 */
export type TrustedDocumentsMode = 'off' | 'allowed' | 'required';

/** Registered documents by the hex SHA-256 of their exact text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

/** A document's id as the client preset writes it (`sha256:<hex of its exact text>`). */
export function documentId(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

/** `sha256:<hex>` or `<hex>` → the hex; null for anything else. */
function hexOf(id: string): string | null {
  const match = /^(?:sha256:)?([0-9a-f]{64})$/i.exec(id);
  return match ? match[1].toLowerCase() : null;
}

/**
 * Every manifest (`*.json`) in `folder`: each maps document ids to document texts, as the
 * graphql-codegen client preset's `persistedDocuments` writes them. An id must be the
 * SHA-256 of its text, so a manifest can never make one document answer for another.
 * `manifestOf`, when given, learns the manifest (its file name without `.json`) that
 * registers each document: usage names a client by it.
 */
export function loadTrustedDocuments(
  folder: string,
  variable: string,
  manifestOf?: Map<string, string>,
): TrustedDocuments {
  const documents = new Map<string, string>();
  const files = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .sort();
  for (const file of files) {
    let manifest: unknown;
    try {
      manifest = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
    } catch (error) {
      throw new ConfigError(`${variable}: ${file} is not JSON (${(error as Error).message})`);
    }
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest))
      throw new ConfigError(`${variable}: ${file} must map document ids to documents`);
    for (const [id, text] of Object.entries(manifest)) {
      const hex = hexOf(id);
      if (typeof text !== 'string' || !hex)
        throw new ConfigError(
          `${variable}: ${file} must map ids ("sha256:<64 hex digits>") to document texts, got "${id}"`,
        );
      if (documentId(text) !== `sha256:${hex}`)
        throw new ConfigError(`${variable}: in ${file}, "${id}" is not the SHA-256 of its document`);
      documents.set(hex, text);
      manifestOf?.set(hex, file.replace(/\.json$/, ''));
    }
  }
  return documents;
}

/** The document id a request names: `documentId` (GraphQL-over-HTTP, Hive) or Apollo's persisted query hash. */
function namedId(request: GraphQLRequest): { id: unknown; via: 'documentId' | 'persistedQuery' } | null {
  const http = request.http;
  const fromBody =
    http?.method === 'POST' && http.body && typeof http.body === 'object'
      ? (http.body as Record<string, unknown>).documentId
      : undefined;
  const fromSearch = http?.method === 'GET' ? new URLSearchParams(http.search).get('documentId') : null;
  if (fromBody !== undefined || fromSearch !== null) return { id: fromBody ?? fromSearch, via: 'documentId' };
  const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
  return persisted ? { id: persisted.sha256Hash, via: 'persistedQuery' } : null;
}

const refusal = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

const notInList = (id: unknown) =>
  refusal(
    `No registered document has the id ${JSON.stringify(id)}: register the manifest that holds it (TRUSTED_DOCUMENTS_PATH)`,
    ErrorCode.PERSISTED_QUERY_NOT_IN_LIST,
    400,
  );

/**
 * Resolves the document a request names by id into `request.query`, or says why the
 * request is refused. What then runs is the registered text itself, so the response
 * cache (keyed on the text that runs) keys a document sent by id and the same document
 * sent in full alike, and never on anything a caller claims.
 */
function admit(
  request: GraphQLRequest,
  caller: Caller,
  documents: TrustedDocuments,
  mode: TrustedDocumentsMode,
): GraphQLError | null {
  const anyDocument = mode === 'allowed' || caller.id !== null;
  const named = namedId(request);
  if (named?.via === 'documentId') {
    if (request.query !== undefined)
      return refusal('Send a document by its documentId or in full as query, not both', ErrorCode.BAD_REQUEST, 400);
    const text = typeof named.id === 'string' ? documents.get(hexOf(named.id) ?? '') : undefined;
    if (text === undefined) return notInList(named.id);
    request.query = text;
    return null;
  }
  if (named && request.query === undefined) {
    const text = typeof named.id === 'string' ? documents.get(hexOf(named.id) ?? '') : undefined;
    if (text !== undefined) {
      // Answered from the manifest, not registered with Apollo's automatic persisted queries.
      const { persistedQuery: _registered, ...extensions } = request.extensions ?? {};
      request.query = text;
      request.extensions = extensions;
      return null;
    }
    // Apollo's automatic persisted queries answer it (or say PERSISTED_QUERY_NOT_FOUND) —
    // not for an anonymous caller who may run only what the manifests hold.
    return anyDocument ? null : notInList(named.id);
  }
  if (anyDocument || request.query === undefined || documents.has(hexOf(documentId(request.query)) ?? '')) return null;
  return refusal(
    'Without a token this gateway answers registered documents only: send the id of one (documentId, or extensions.persistedQuery.sha256Hash), or a token',
    ErrorCode.TRUSTED_DOCUMENT_REQUIRED,
    403,
  );
}

/** What the pipeline runs in place of a refused request: parsed and validated at no cost, then refused before execution. */
const SET_ASIDE = '{ __typename }';

/**
 * Trusted documents (Apollo's safelisting, Hive's persisted documents): a request may name
 * a registered document by `documentId` or `extensions.persistedQuery.sha256Hash`
 * (`sha256:<hex>` or the bare hex), and with `required` a caller without a token may run
 * nothing else. A refused request's own document is set aside unread — never parsed,
 * validated or costed — and the refusal is raised where Apollo Server reports a request
 * error (didResolveOperation: hooks before it cannot answer a request).
 */
export function trustedDocumentsPlugin(options: {
  documents: TrustedDocuments;
  mode: TrustedDocumentsMode;
}): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request, contextValue }) {
      if (options.mode === 'off') return;
      const refused = admit(request, contextValue.caller, options.documents, options.mode);
      if (!refused) return;
      request.query = SET_ASIDE;
      request.operationName = undefined;
      request.variables = undefined;
      request.extensions = undefined;
      return {
        async didResolveOperation() {
          throw refused;
        },
      };
    },
  };
}
