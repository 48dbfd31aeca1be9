import type { ApolloError } from '@apollo/client';

/** What a page shows while its query runs or when it failed. */
export function Status({ loading, error }: { loading: boolean; error?: ApolloError }) {
  if (error) return <p role="alert">Could not load: {error.message}</p>;
  return loading ? <p>Loading…</p> : null;
}
