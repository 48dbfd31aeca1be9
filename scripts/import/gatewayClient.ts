import type { ImportResult } from '@partnership-graph/shared';
import type { RecordType } from './recordTypes';

/**
 * Error codes with which a batch is refused before anything of it is written (the
 * mutation did not run, or ran and rolled back); after any other failure — a timeout, a
 * dropped connection, SUBGRAPH_UNAVAILABLE, an internal error — the batch may have
 * committed, and only the database knows.
 */
const REFUSALS = new Set([
  'BAD_USER_INPUT',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'QUERY_TOO_COMPLEX',
]);

/** The import cannot go on: the gateway is unreachable, refuses the token, or fails a batch as a whole. */
export class ImportAborted extends Error {
  /** Rows written by earlier batches before the import stopped; null when it stopped while checking (nothing written). */
  rowsWritten: number | null = null;
  /** The file rows of the batch in flight, when one was. */
  batchRows: number[] | null = null;

  constructor(
    message: string,
    /**
     * What became of the batch in flight: "not written" when it was refused as a whole
     * or never reached the gateway; "unknown" when no answer says (timeout, connection
     * lost, a subgraph unavailable or failing) — it committed whole or not at all.
     */
    readonly batchOutcome: 'not written' | 'unknown' = 'not written',
  ) {
    super(message);
  }
}

/** How long the import command waits for one batch by default: longer than the gateway gives a mutation. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 120_000;

/** Sends batches of rows to an import mutation over the gateway, with the caller's token. */
export class GatewayClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
    /** How long one batch may take before the command stops waiting (--timeout-ms, IMPORT_TIMEOUT_MS). */
    private readonly timeoutMs = DEFAULT_IMPORT_TIMEOUT_MS,
  ) {}

  async importBatch(type: RecordType, rows: Array<Record<string, unknown>>, dryRun: boolean): Promise<ImportResult> {
    const query = `mutation Import($rows: [${type.inputType}!]!, $dryRun: Boolean) {
  result: ${type.mutation}(rows: $rows, dryRun: $dryRun) {
    dryRun written created updated unchanged rejected
    rows { row id outcome matchedBy problems { field reason } }
  }
}`;
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${this.token}`,
          'apollo-require-preflight': 'true',
        },
        body: JSON.stringify({ query, variables: { rows, dryRun }, operationName: 'Import' }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      if (timedOut(error)) throw this.noAnswer();
      const cause = (error as Error).cause as { code?: string } | undefined;
      // Refused or unresolved: the request never reached the gateway. Anything else may have been sent.
      const neverSent = cause?.code === 'ECONNREFUSED' || cause?.code === 'ENOTFOUND';
      const reason = String(cause ?? (error as Error).message);
      if (neverSent)
        throw new ImportAborted(
          `the gateway at ${this.url} cannot be reached (${reason}); is \`pnpm start\` running?`,
          'not written',
        );
      throw new ImportAborted(
        `the connection to the gateway at ${this.url} failed before it answered (${reason})`,
        'unknown',
      );
    }
    let body: {
      data?: { result?: ImportResult } | null;
      errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }>;
    };
    try {
      body = (await response.json()) as typeof body;
    } catch (error) {
      if (timedOut(error)) throw this.noAnswer();
      throw new ImportAborted(
        `the gateway at ${this.url} answered HTTP ${response.status} without a GraphQL response`,
        'unknown',
      );
    }
    if (body.errors?.length || !body.data?.result) {
      const errors = body.errors ?? [{ message: 'no result' }];
      const reasons = errors.map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`);
      const refused = errors.every((e) => REFUSALS.has(String(e.extensions?.code)));
      throw new ImportAborted(`${type.mutation} failed: ${reasons.join('; ')}`, refused ? 'not written' : 'unknown');
    }
    return body.data.result;
  }

  private noAnswer(): ImportAborted {
    return new ImportAborted(
      `the gateway at ${this.url} gave no answer within ${this.timeoutMs} ms (--timeout-ms, IMPORT_TIMEOUT_MS)`,
      'unknown',
    );
  }
}

function timedOut(error: unknown): boolean {
  const name = (error as Error | null)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}
