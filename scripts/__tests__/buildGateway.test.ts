import { createRequire } from 'node:module';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { fastFederationExports } from '../buildGateway';

/**
 * The compiled gateway's preamble: `@apollo/federation-internals`' exports, as
 * `@apollo/gateway` will require them, become plain values of the same names.
 */
describe('the compiled gateway preamble', () => {
  it('swaps federation-internals exports for plain values of the same names', () => {
    const gatewayRequire = createRequire(path.join(repositoryRoot, 'gateway', 'package.json'));
    const fromGateway = createRequire(gatewayRequire.resolve('@apollo/gateway'));
    const id = fromGateway.resolve('@apollo/federation-internals');
    const original = fromGateway(id) as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(original, 'isObjectType')?.get).toBeDefined();
    try {
      new Function('require', fastFederationExports())(fromGateway);
      const swapped = fromGateway(id) as Record<string, unknown>;
      expect(swapped).not.toBe(original);
      expect(Object.getOwnPropertyNames(swapped).sort()).toEqual(Object.getOwnPropertyNames(original).sort());
      for (const name of Object.getOwnPropertyNames(original)) {
        expect({ name, value: swapped[name] }).toEqual({ name, value: original[name] });
        expect(Object.getOwnPropertyDescriptor(swapped, name)?.get).toBeUndefined();
      }
    } finally {
      delete fromGateway.cache[id];
    }
  });
});
