/** The JSON body of one gateway → subgraph request. */
export interface SubgraphPayload {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

/** One subgraph answer, as far as merging needs it. */
export interface SubgraphAnswer {
  data?: { _entities?: unknown[] | null } | null;
  errors?: Array<{ path?: ReadonlyArray<string | number>; [key: string]: unknown }>;
  extensions?: Record<string, unknown>;
}

/** A part of a split entity fetch: its body and where its first representation sat in the whole batch. */
export interface EntityBatchPart {
  offset: number;
  count: number;
  payload: SubgraphPayload;
}

/**
 * An `_entities` fetch whose body would exceed `maxBytes` (the subgraph's body limit) split
 * into fetches that each fit, in order: a deep query over many records resolves all of them
 * rather than fail with "Request body exceeds …". Any other request, or one that fits, is one
 * part. A single representation larger than the limit still goes alone (the subgraph says why).
 */
export function splitEntityBatch(payload: SubgraphPayload, maxBytes: number): EntityBatchPart[] {
  const representations = payload.variables?.representations;
  const whole = [{ offset: 0, count: Array.isArray(representations) ? representations.length : 0, payload }];
  if (!Array.isArray(representations) || representations.length < 2) return whole;
  const sizes = representations.map((representation) => Buffer.byteLength(JSON.stringify(representation)));
  const base = Buffer.byteLength(
    JSON.stringify({ ...payload, variables: { ...payload.variables, representations: [] } }),
  );
  // Each representation after the first also costs its comma.
  if (base + sizes.reduce((sum, size) => sum + size + 1, -1) <= maxBytes) return whole;
  const parts: EntityBatchPart[] = [];
  let start = 0;
  let bytes = base;
  const close = (end: number) => {
    parts.push({
      offset: start,
      count: end - start,
      payload: { ...payload, variables: { ...payload.variables, representations: representations.slice(start, end) } },
    });
    start = end;
    bytes = base;
  };
  sizes.forEach((size, index) => {
    if (index > start && bytes + size + 1 > maxBytes) close(index);
    bytes += index > start ? size + 1 : size;
  });
  close(representations.length);
  return parts;
}

/**
 * The answers of a split fetch as the one answer the query plan expects: `_entities` in the
 * order of the representations (nulls for a part that failed as a whole) and every error with
 * its `_entities` index counted from the start of the whole batch.
 */
export function mergeEntityAnswers(
  parts: ReadonlyArray<{ part: EntityBatchPart; answer: SubgraphAnswer }>,
): SubgraphAnswer {
  const entities: unknown[] = [];
  const errors: NonNullable<SubgraphAnswer['errors']> = [];
  for (const { part, answer } of parts) {
    const own = answer.data?._entities;
    entities.push(
      ...(Array.isArray(own) && own.length === part.count ? own : Array.from({ length: part.count }, () => null)),
    );
    errors.push(...(renumberEntityErrors(answer.errors, (index) => index + part.offset) ?? []));
  }
  return { data: { _entities: entities }, ...(errors.length > 0 ? { errors } : {}) };
}

/**
 * A part's errors with each `_entities` index turned into its index in the whole fetch
 * (`whole`); undefined when there are none.
 */
export function renumberEntityErrors(
  errors: SubgraphAnswer['errors'],
  whole: (index: number) => number,
): SubgraphAnswer['errors'] {
  if (!errors?.length) return undefined;
  return errors.map((error) => {
    const path = error.path;
    return path && path[0] === '_entities' && typeof path[1] === 'number'
      ? { ...error, path: ['_entities', whole(path[1]), ...path.slice(2)] }
      : error;
  });
}
