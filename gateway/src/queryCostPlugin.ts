import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { hasRole, type Caller, type Role } from '@partnership-graph/shared';
import { CostEstimateCache } from './costEstimateCache';
import type { CostDirectives } from './costDirectives';
import { estimateQueryCost, maxEstimatedNodes, type EstimateOptions, type ListCost } from './estimateQueryCost';
import type { GatewayContext } from './GatewayContext';

/** The cost limits: one for everyone, a higher one for callers holding one of `elevatedRoles` (admin always counts). */
export interface CostLimits {
  maxCost: number;
  maxCostElevated: number;
  elevatedRoles: readonly Role[];
}

const number = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'unbounded');

function describeSize(list: ListCost): string {
  const by = list.sizedBy;
  const from =
    by.kind === 'argument'
      ? `${by.argument}: ${number(list.size)} on ${by.field}`
      : by.kind === 'assumed'
        ? '@listSize assumed'
        : 'no @listSize';
  return `${list.path} (${number(list.size)} each, ${from}; ${number(list.items)} in all; cost ${number(list.cost)})`;
}

/** The largest `first` (at most one below the query's largest) that every slicing argument could have and fit, with its cost. */
function fittingSlice(
  options: EstimateOptions,
  largestSlice: number | null,
  limit: number,
): { first: number; cost: number } | null {
  if (largestSlice === null || largestSlice <= 1) return null;
  const costAt = (cap: number) => estimateQueryCost({ ...options, sliceCap: cap }).cost;
  let low = 1;
  let high = largestSlice - 1;
  if (costAt(low) > limit) return null;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (costAt(middle) <= limit) low = middle;
    else high = middle - 1;
  }
  return { first: low, cost: costAt(low) };
}

function tooComplex(message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...extensions, http: { status: 400 } } });
}

const elevated = (caller: Caller, limits: CostLimits) => caller.id !== null && hasRole(caller, ...limits.elevatedRoles);

/**
 * Refuses, before anything is fetched, an operation whose estimated cost (see
 * estimateQueryCost: variables and argument defaults counted, every list sized by the
 * supergraph's @listSize) is over the caller's limit. The refusal names the three
 * costliest lists with their estimated sizes and the largest `first` that would fit.
 */
export function queryCostPlugin(
  limits: CostLimits,
  directives: () => CostDirectives,
): ApolloServerPlugin<GatewayContext> {
  const estimates = new CostEstimateCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue }) {
          const limit = elevated(contextValue.caller, limits) ? limits.maxCostElevated : limits.maxCost;
          const options: EstimateOptions = {
            schema,
            document,
            operationName,
            variables: request.variables,
            directives: directives(),
          };
          let estimate;
          try {
            estimate = estimates.estimate(options);
          } catch (error) {
            if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
              throw tooComplex(
                `Query too complex: it has more than ${number(maxEstimatedNodes)} selections (fragments count each time they are spread), the maximum`,
                {
                  limit: 'nodes',
                  maximum: maxEstimatedNodes,
                },
              );
            }
            // Variables or arguments that do not coerce: execution refuses them with BAD_USER_INPUT before any fetch.
            return;
          }
          if (estimate.cost <= limit) return;
          const costliest = estimate.lists.slice(0, 3);
          const fit = fittingSlice(options, estimate.largestSlice, limit);
          const advice = fit
            ? `With first: ${fit.first} or less on every list it would cost ${number(fit.cost)}.`
            : estimate.largestSlice !== null && estimate.largestSlice > 1
              ? 'No value of first makes it fit: the lists without first cost too much; select fewer nested lists.'
              : 'Select fewer nested lists.';
          throw tooComplex(
            `Query too complex: its estimated cost (${number(estimate.cost)}) exceeds the maximum of ${number(limit)}. ` +
              (costliest.length ? `Costliest lists: ${costliest.map(describeSize).join(', ')}. ` : '') +
              advice,
            {
              limit: 'cost',
              maximum: limit,
              value: Number.isFinite(estimate.cost) ? estimate.cost : null,
              costliestFields: costliest.map((list) => ({
                path: list.path,
                size: list.size,
                sizedBy:
                  list.sizedBy.kind === 'argument'
                    ? list.sizedBy.argument
                    : list.sizedBy.kind === 'assumed'
                      ? 'assumedSize'
                      : 'default',
                items: Number.isFinite(list.items) ? list.items : null,
                cost: Number.isFinite(list.cost) ? list.cost : null,
              })),
              fittingFirst: fit?.first ?? null,
            },
          );
        },
      };
    },
  };
}
