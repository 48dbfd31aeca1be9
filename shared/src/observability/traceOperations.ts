import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { responsePathAsArray } from 'graphql';
import { endSpan, startChildSpan } from './requestTrace';
import { resolverSpansOn } from './tracing';

/** The first error of a phase that failed (parse or validation errors), for its span's status. */
function firstError(errors: unknown): unknown {
  return Array.isArray(errors) ? errors[0] : errors;
}

/**
 * Spans for the phases of a GraphQL request — `graphql.parse`, `graphql.validate`,
 * `graphql.execute` — as children of the request's span (at the gateway, Apollo
 * Gateway's own `gateway.plan`, `gateway.execute` and `gateway.fetch` spans sit beside
 * them), and with OTEL_RESOLVER_SPANS=1 one `graphql.resolve` span per field resolved.
 * No document text or variables are recorded: they may hold personal data.
 */
export function traceOperations(): ApolloServerPlugin<BaseContext> {
  return {
    async requestDidStart() {
      // A request that is not sampled (most, at a low ratio) gets no hooks at all.
      if (!trace.getActiveSpan()?.isRecording()) return;
      const resolvers = resolverSpansOn();
      return {
        async parsingDidStart() {
          const span = startChildSpan('graphql.parse', {});
          return async (error) => endSpan(span, error);
        },
        async validationDidStart() {
          const span = startChildSpan('graphql.validate', {});
          return async (errors) => endSpan(span, firstError(errors));
        },
        async executionDidStart({ operation, operationName }) {
          const span = startChildSpan('graphql.execute', {
            'graphql.operation.type': operation.operation,
            ...(operationName ? { 'graphql.operation.name': operationName.slice(0, 100) } : {}),
          });
          return {
            async executionDidEnd(error) {
              endSpan(span, error);
            },
            ...(resolvers
              ? {
                  willResolveField({ info }) {
                    const field = startChildSpan(`graphql.resolve ${info.parentType.name}.${info.fieldName}`, {
                      'graphql.field.name': info.fieldName,
                      'graphql.field.type': String(info.returnType),
                      'graphql.field.path': responsePathAsArray(info.path).join('.'),
                    });
                    return (error) => endSpan(field, error);
                  },
                }
              : {}),
          };
        },
      };
    },
  };
}
