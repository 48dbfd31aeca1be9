import type { ImportResult } from '@partnership-graph/shared';
import type { RecordType } from './recordTypes';

/** The import cannot go on: the gateway is unreachable, refuses the token, or fails a batch as a whole. */
export class ImportAborted extends Error {
  /** Rows written by earlier batches before the import stopped; null when it stopped while checking (nothing written). */
  rowsWritten: number | null = null;
}

/** Sends batches of rows to an import mutation over the gateway, with the caller's token. */
export class GatewayClient {
  constructor(
    private readonly url: string,
    private readonly token: string,
    private readonly timeoutMs = 120_000,
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
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}`, 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables: { rows, dryRun }, operationName: 'Import' }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new ImportAborted(`the gateway at ${this.url} cannot be reached (${String((error as Error).cause ?? (error as Error).message)}); is \`pnpm start\` running?`);
    }
    let body: { data?: { result?: ImportResult } | null; errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: string } }> };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ImportAborted(`the gateway at ${this.url} answered HTTP ${response.status} without a GraphQL response`);
    }
    if (body.errors?.length || !body.data?.result) {
      const reasons = (body.errors ?? [{ message: 'no result' }]).map((e) => `${e.message}${e.extensions?.code ? ` [${e.extensions.code}]` : ''}`);
      throw new ImportAborted(`${type.mutation} failed: ${reasons.join('; ')}`);
    }
    return body.data.result;
  }
}
