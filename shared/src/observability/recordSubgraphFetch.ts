import { metrics, secondsSince } from './metrics';

/** Why a fetch got no answer, as a few values: a timeout, the caller going away, or anything else. */
export function failureType(error: unknown): string {
  const e = error as { name?: string; code?: string } | null;
  if (/Timeout/.test(e?.name ?? '') || /TIMEOUT/.test(e?.code ?? '')) return 'timeout';
  if (/Abort/.test(e?.name ?? '')) return 'aborted';
  return 'unreachable';
}

/**
 * Records one request sent to a subgraph in `http_client_request_duration_seconds`:
 * `status` when it answered (error_type is the status from 400 on), else the `error` that
 * ended it.
 */
export function recordSubgraphFetch(
  subgraph: string,
  startedAt: number,
  outcome: { status: number } | { error: unknown },
): void {
  const status = 'status' in outcome ? outcome.status : null;
  const errorType =
    status === null
      ? failureType('error' in outcome ? outcome.error : null)
      : status >= 400
        ? String(status)
        : undefined;
  metrics.httpClientDuration.observe(
    {
      http_request_method: 'POST',
      subgraph_name: subgraph,
      ...(status === null ? {} : { http_response_status_code: String(status) }),
      ...(errorType ? { error_type: errorType } : {}),
    },
    secondsSince(startedAt),
  );
}
