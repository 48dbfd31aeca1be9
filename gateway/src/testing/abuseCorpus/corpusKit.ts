import type { Stack } from '@partnership-graph/shared/testing';

/**
 * The pieces every abuse-corpus case file shares. A case file in this folder is
 * named `<area>Cases.ts` and exports `cases(context)`; the corpus test picks up
 * every such file, so each area adds its cases without touching the others.
 */
export interface Case {
  category: string;
  name: string;
  /** Sends the request; returns status and body text. */
  send: (stack: Stack) => Promise<{ status: number; text: string }>;
  /** What a correct refusal looks like (checked besides "no 5xx, no leak"). */
  expect?: (status: number, text: string) => boolean;
}

/** What the corpus hands every case file: the production-mode secrets, tokens for each role, and ids it created. */
export interface CorpusContext {
  secrets: { NODE_ENV: string; JWT_SECRET: string; SUBGRAPH_SECRET: string };
  tokens: Record<string, string>;
  ids: { studentId: string };
}

export type CaseFile = { cases: (context: CorpusContext) => Case[] };

/**
 * The corpus asks as a GraphQL-over-HTTP client does (Apollo Client 4 too): with
 * `application/graphql-response+json`, a refused request is 4xx (with application/json
 * it would be 200 with its errors; see clientErrors.ts).
 */
export async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

export const gql = (query: string, variables?: unknown, headers?: Record<string, string>) => (stack: Stack) =>
  post(stack.gatewayUrl, JSON.stringify({ query, variables }), headers);

/** A plain answer: 200 with data and no errors. */
export const answered = (status: number, text: string) => {
  try {
    const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    return status === 200 && !body.errors && !!body.data;
  } catch {
    return false;
  }
};

export const code = (expected: string) => (_status: number, text: string) => text.includes(`"code":"${expected}"`);

export const bearer = (token: string | null | undefined): Record<string, string> =>
  token ? { authorization: `Bearer ${token}` } : {};
