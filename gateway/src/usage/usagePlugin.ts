import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../GatewayContext';
import { operationSignature, type OperationSignature } from './operationSignature';
import {
  coordinatesOfVariables,
  coordinateVariables,
  documentCoordinates,
  type CoordinateVariable,
} from './schemaCoordinates';
import type { UsageRecorder } from './UsageRecorder';

/** A client that says nothing about itself, and sends no registered document. */
export const UNKNOWN_CLIENT = 'unknown';

/** Documents whose signature and coordinates are kept per schema; past this the cache starts over. */
const MAX_CACHED_DOCUMENTS = 1_000;

interface KnownDocument {
  operation: OperationSignature & { name: string };
  coordinates: ReadonlySet<string>;
  /** Its variables whose values can name coordinates (enums, input objects). */
  variables: CoordinateVariable[];
}

/** A client-awareness header as usage stores it: printable, at most 100 characters. */
function headerValue(value: string | undefined): string | null {
  const clean = value?.replace(/[^\x20-\x7e]/g, '').trim();
  return clean ? clean.slice(0, 100) : null;
}

/**
 * Records every request whose operation was resolved: its signature, its client (the
 * `apollographql-client-name` / `-version` headers, else the name of the trusted-document
 * manifest that registers the document run, else `unknown`), the schema coordinates it
 * used, its latency and whether it failed. A document's signature and coordinates are
 * computed once per supergraph and reused; the counting itself is a few map updates.
 */
export function usagePlugin(
  recorder: UsageRecorder,
  manifestOf: ReadonlyMap<string, string>,
): ApolloServerPlugin<GatewayContext> {
  let known = new WeakMap<GraphQLSchema, Map<string, KnownDocument>>();
  return {
    async serverWillStart() {
      recorder.start();
      return {
        async serverWillStop() {
          await recorder.close();
          known = new WeakMap();
        },
      };
    },
    async requestDidStart({ request }) {
      const startedAt = performance.now();
      let document: KnownDocument | null = null;
      let coordinates: ReadonlySet<string> = new Set();
      return {
        async didResolveOperation(context) {
          let bySchema = known.get(context.schema);
          if (!bySchema) known.set(context.schema, (bySchema = new Map()));
          const key = `${context.queryHash}:${context.operationName ?? ''}`;
          document = bySchema.get(key) ?? null;
          if (!document) {
            if (bySchema.size >= MAX_CACHED_DOCUMENTS) bySchema.clear();
            document = {
              operation: {
                ...operationSignature(context.document, context.operationName),
                name: context.operationName ?? '',
              },
              coordinates: documentCoordinates(context.schema, context.document, context.operationName),
              variables: context.operation ? coordinateVariables(context.schema, context.operation) : [],
            };
            bySchema.set(key, document);
          }
          coordinates = document.coordinates;
          const fromVariables = coordinatesOfVariables(document.variables, request.variables);
          if (fromVariables.size) coordinates = new Set([...document.coordinates, ...fromVariables]);
        },
        async willSendResponse(context) {
          if (!document) return;
          const headers = request.http?.headers;
          const clientName =
            headerValue(headers?.get('apollographql-client-name')) ??
            manifestOf.get(context.queryHash ?? '') ??
            UNKNOWN_CLIENT;
          const failed =
            (context.errors?.length ?? 0) > 0 ||
            (context.response.body.kind === 'single' && (context.response.body.singleResult.errors?.length ?? 0) > 0);
          recorder.record({
            at: Date.now(),
            operation: document.operation,
            coordinates,
            clientName,
            clientVersion: headerValue(headers?.get('apollographql-client-version')) ?? '',
            durationMs: performance.now() - startedAt,
            failed,
          });
        },
      };
    },
  };
}
