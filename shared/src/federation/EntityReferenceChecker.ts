import { GraphQLError } from 'graphql';
import { readAuthConfig, SUBGRAPH_SECRET_HEADER } from '../auth/authConfig';
import { assertOutsideWriteTransaction } from '../database/writeTransaction';
import { badUserInput } from '../graphql/errors';
import { querySubgraph } from './querySubgraph';

export interface EntityReference {
  typename: string;
  id: string;
  /** The input field that named this id, for the error message (e.g. "parties[1].institutionId"). */
  field: string;
}

/**
 * Checks that entities owned by another subgraph exist by asking that subgraph's
 * `_entities` (the same call the gateway makes), never by assuming. Unknown ids are
 * a BAD_USER_INPUT naming the field and the id; an unreachable owner is an error
 * that says so, and nothing is written. It is never asked inside a write transaction
 * (which would hold a pooled connection and locks while the other subgraph answers).
 */
export function subgraphSecretHeaders(subgraphSecret: string): () => Record<string, string> {
  const headers = { [SUBGRAPH_SECRET_HEADER]: subgraphSecret };
  return () => headers;
}

/** Tests and scripts that build a checker without a configuration: the secret as the environment gives it. */
function gatewayHeaders(): () => Record<string, string> {
  return subgraphSecretHeaders(readAuthConfig().subgraphSecret);
}

export class EntityReferenceChecker {
  /** A subgraph's checker: `owners` maps each type to the subgraph that owns it; the secret is the configured one, else the environment's. */
  static forOwners(owners: Readonly<Record<string, string>>, subgraphSecret?: string): EntityReferenceChecker {
    return new EntityReferenceChecker(owners, subgraphSecret ? subgraphSecretHeaders(subgraphSecret) : undefined);
  }

  constructor(
    private readonly ownerUrls: Readonly<Record<string, string>>,
    /** Subgraphs answer only requests that carry the shared secret, so this sends it. */
    private readonly headers: () => Record<string, string> = gatewayHeaders(),
    private readonly timeoutMs = 5_000,
  ) {}

  async assertExist(references: readonly EntityReference[]): Promise<void> {
    const byOwner = new Map<string, EntityReference[]>();
    for (const ref of references) {
      const url = this.ownerUrls[ref.typename];
      if (!url) throw new Error(`no owning subgraph configured for ${ref.typename}`);
      byOwner.set(url, [...(byOwner.get(url) ?? []), ref]);
    }
    for (const [url, refs] of byOwner) {
      const found = await this.lookup(url, refs);
      const missing = refs.filter((_, i) => !found[i]);
      if (missing.length) {
        const first = missing[0];
        const error = badUserInput(first.field, `no ${first.typename} has id "${first.id}"`);
        error.extensions.unknownIds = missing.map((m) => ({ field: m.field, typename: m.typename, id: m.id }));
        throw error;
      }
    }
  }

  /**
   * The references no owner knows, in the order given (empty when all exist): one
   * `_entities` request per owning subgraph, for imports that report every unknown id
   * of a batch at once instead of failing at the first.
   */
  async findMissing(references: readonly EntityReference[]): Promise<EntityReference[]> {
    const key = (ref: EntityReference) => `${ref.typename}:${ref.id}`;
    const byOwner = new Map<string, Map<string, EntityReference>>();
    for (const ref of references) {
      const url = this.ownerUrls[ref.typename];
      if (!url) throw new Error(`no owning subgraph configured for ${ref.typename}`);
      const refs = byOwner.get(url) ?? new Map<string, EntityReference>();
      refs.set(key(ref), ref);
      byOwner.set(url, refs);
    }
    const missing = new Set<string>();
    for (const [url, refs] of byOwner) {
      const unique = [...refs.values()];
      const found = await this.lookup(url, unique);
      unique.forEach((ref, i) => (found[i] ? undefined : missing.add(key(ref))));
    }
    return references.filter((ref) => missing.has(key(ref)));
  }

  /**
   * Fields of entities the owner subgraph holds (e.g. the country and kind of many
   * institutions), in the order of `ids`; null for an unknown id. Asked in batches of
   * `batchSize` ids.
   */
  async fetchFields<T extends Record<string, unknown>>(
    typename: string,
    ids: readonly string[],
    selection: string,
    batchSize = 500,
  ): Promise<Array<T | null>> {
    const url = this.ownerUrls[typename];
    if (!url) throw new Error(`no owning subgraph configured for ${typename}`);
    const results: Array<T | null> = [];
    for (let i = 0; i < ids.length; i += batchSize) {
      const refs = ids.slice(i, i + batchSize).map((id) => ({ typename, id, field: 'id' }));
      for (const entity of (await this.lookup(url, refs, `... on ${typename} { ${selection} }`)) as Array<T | null>)
        results.push(entity);
    }
    return results;
  }

  private async lookup(url: string, refs: readonly EntityReference[]): Promise<boolean[]>;
  private async lookup(
    url: string,
    refs: readonly EntityReference[],
    selection: string,
  ): Promise<Array<Record<string, unknown> | null>>;
  private async lookup(url: string, refs: readonly EntityReference[], selection?: string): Promise<unknown[]> {
    assertOutsideWriteTransaction(`Asking the subgraph owning ${refs[0]?.typename} about ids`);
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { __typename ${selection ?? ''} } }`;
    const representations = refs.map((r) => ({ __typename: r.typename, id: r.id }));
    const unavailable = `Cannot check references: the subgraph owning ${refs[0].typename}`;
    const data = await querySubgraph<{ _entities?: Array<Record<string, unknown> | null> }>(
      url,
      query,
      { r: representations },
      { headers: this.headers, timeoutMs: this.timeoutMs, unavailable },
    );
    const entities = data._entities;
    if (!entities || entities.length !== refs.length) {
      throw new GraphQLError(`Cannot check references: the subgraph owning ${refs[0].typename} gave no answer`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE' },
      });
    }
    return selection ? entities : entities.map((e) => e !== null);
  }
}
