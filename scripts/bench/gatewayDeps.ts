import { createRequire } from 'node:module';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';

/**
 * autocannon, @apollo/gateway and @apollo/server are dependencies of the gateway
 * package, not of the workspace root: load them from there, with their own types.
 */
const gatewayRequire = createRequire(path.join(repositoryRoot, 'gateway', 'package.json'));

export type Autocannon = typeof import('../../gateway/node_modules/@types/autocannon');
export type ApolloGatewayModule = typeof import('../../gateway/node_modules/@apollo/gateway');
export type ApolloServerModule = typeof import('../../gateway/node_modules/@apollo/server');
export type ApolloStandaloneModule = typeof import('../../gateway/node_modules/@apollo/server/standalone');

export function loadAutocannon(): Autocannon {
  return gatewayRequire('autocannon') as Autocannon;
}

export function loadApollo(): {
  gateway: ApolloGatewayModule;
  server: ApolloServerModule;
  standalone: ApolloStandaloneModule;
} {
  return {
    gateway: gatewayRequire('@apollo/gateway') as ApolloGatewayModule,
    server: gatewayRequire('@apollo/server') as ApolloServerModule,
    standalone: gatewayRequire('@apollo/server/standalone') as ApolloStandaloneModule,
  };
}
