import { createHash } from 'node:crypto';
import { requestBody, type Scenario, type VariablePicker } from '@partnership-graph/shared/testing';

/**
 * Varied traffic for `pnpm bench`: each request of a varied scenario (V1–V4) carries
 * variables drawn from the dataset being served, so no cache answers a stream of one
 * request. Every contender gets the same requests in the same order (a seeded
 * generator), and their answers are checked against each other request by request.
 */

/** How ids are drawn: every id alike, or by Zipf's law with s = 1 (the k-th most asked-for id has weight 1/k). */
export type IdDistribution = 'uniform' | 'zipf';

export const idDistributions: IdDistribution[] = ['uniform', 'zipf'];

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed gives the same requests. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws an index in [0, n): uniformly, or by Zipf's law (index 0 the most often). */
export function indexPicker(n: number, distribution: IdDistribution, random: () => number): () => number {
  if (n <= 0) throw new Error('nothing to draw from');
  if (distribution === 'uniform') return () => Math.floor(random() * n);
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k += 1) cumulative[k] = total += 1 / (k + 1);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** The same items in an order set by `random`, so that Zipf's most-asked-for ids are not the smallest. */
function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

/** What the varied scenarios draw their variables from, read from the served dataset. */
export interface DatasetSample {
  institutionIds: string[];
  agreementIds: string[];
  /** Words of the institutions' names, as a person would search for them. */
  searchWords: string[];
}

/** The most distinct search words drawn (as many as the measured run that set the targets). */
export const SEARCH_WORDS = 28;

/** Words of at least four letters from `names`, lower-cased, each once, at most SEARCH_WORDS chosen by `random`. */
export function searchWordsOf(names: readonly string[], random: () => number): string[] {
  const words = new Set<string>();
  for (const name of names)
    for (const word of name.toLowerCase().split(/[^\p{L}]+/u)) if (word.length >= 4) words.add(word);
  return shuffled([...words].sort(), random).slice(0, SEARCH_WORDS);
}

export function createVariablePicker(
  sample: DatasetSample,
  distribution: IdDistribution,
  random: () => number,
): VariablePicker {
  const from = (items: string[]) => {
    const ranked = shuffled(items, random);
    const index = indexPicker(ranked.length, distribution, random);
    return () => ranked[index()];
  };
  const institutionId = from(sample.institutionIds);
  const agreementId = from(sample.agreementIds);
  const word = indexPicker(sample.searchWords.length, 'uniform', random);
  return {
    institutionId,
    agreementId,
    searchWord: () => sample.searchWords[word()],
    pageSize: (max) => 1 + Math.floor(random() * max),
  };
}

/** The request bodies a contender sends for `scenario`, in order: one for a fixed scenario, `size` for a varied one. */
export function requestPool(
  scenario: Scenario,
  sample: DatasetSample,
  options: { size: number; distribution: IdDistribution; seed: number },
): string[] {
  if (!scenario.variables) return [requestBody(scenario)];
  const random = seededRandom(options.seed);
  const pick = createVariablePicker(sample, options.distribution, random);
  return Array.from({ length: options.size }, () => requestBody(scenario, scenario.variables!(pick)));
}

type Post = (body: string) => Promise<{ status: number; text: string }>;

/**
 * The ids and names of the served dataset, read through `post` in pages of 100 (at most
 * `limits` of each), for the varied scenarios to draw from.
 */
export async function sampleDataset(
  post: Post,
  limits: { institutions: number; agreements: number },
  random: () => number,
): Promise<DatasetSample> {
  const pages = async <T>(field: 'institutions' | 'agreements', selection: string, limit: number): Promise<T[]> => {
    const nodes: T[] = [];
    let after: string | null = null;
    while (nodes.length < limit) {
      const { status, text } = await post(
        JSON.stringify({
          query: `query BenchSample($after: String) { ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`,
          variables: { after },
        }),
      );
      const body = JSON.parse(text) as {
        data?: Record<string, { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>;
        errors?: unknown;
      };
      const page = body.data?.[field];
      if (status !== 200 || !page)
        throw new Error(`reading ${field} for the varied scenarios: HTTP ${status} ${text.slice(0, 300)}`);
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) break;
      after = page.pageInfo.endCursor;
    }
    return nodes.slice(0, limit);
  };
  const institutions = await pages<{ id: string; name: string }>('institutions', 'id name', limits.institutions);
  const agreements = await pages<{ id: string }>('agreements', 'id', limits.agreements);
  const sample = {
    institutionIds: institutions.map((i) => i.id),
    agreementIds: agreements.map((a) => a.id),
    searchWords: searchWordsOf(
      institutions.map((i) => i.name),
      random,
    ),
  };
  if (!sample.institutionIds.length || !sample.agreementIds.length || !sample.searchWords.length)
    throw new Error('the served dataset has no institutions, agreements or name words for the varied scenarios');
  return sample;
}

/** A stable digest of an answer's data (object keys sorted), or null when it is not JSON or carries errors. */
export function answerDigest(body: string): string | null {
  let parsed: { data?: unknown; errors?: unknown };
  try {
    parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
  } catch {
    return null;
  }
  if (parsed.errors || parsed.data === undefined) return null;
  const sorted = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sorted)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((key) => [key, sorted((value as Record<string, unknown>)[key])]),
          )
        : value;
  return createHash('sha1')
    .update(JSON.stringify(sorted(parsed.data)))
    .digest('base64');
}

/**
 * Every contender's answer to each varied request, kept as digests. A request's right
 * answer is the one most contenders gave (the direct subgraph's, where it was asked,
 * counts like any other); an answer with errors, or unlike the majority, is wrong.
 */
export class AnswerBook {
  private readonly answers = new Map<string, Map<string, string | null>>();

  record(scenario: string, index: number, contender: string, body: string): void {
    const key = `${scenario}#${index}`;
    let byContender = this.answers.get(key);
    if (!byContender) this.answers.set(key, (byContender = new Map()));
    const digest = answerDigest(body);
    // A contender that once answered wrongly stays wrong for this request.
    if (!byContender.has(contender) || digest === null) byContender.set(contender, digest);
  }

  /** Wrong answers by `contender/scenario`, and how many requests could be compared (answered by two or more). */
  verdict(): { wrong: Map<string, number>; compared: number } {
    const wrong = new Map<string, number>();
    let compared = 0;
    for (const [key, byContender] of this.answers) {
      const scenario = key.slice(0, key.indexOf('#'));
      const counts = new Map<string, number>();
      for (const digest of byContender.values()) if (digest !== null) counts.set(digest, (counts.get(digest) ?? 0) + 1);
      const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
      if (byContender.size > 1) compared += 1;
      for (const [contender, digest] of byContender) {
        const isWrong = digest === null || (byContender.size > 1 && majority !== undefined && digest !== majority[0]);
        if (isWrong) wrong.set(`${contender}/${scenario}`, (wrong.get(`${contender}/${scenario}`) ?? 0) + 1);
      }
    }
    return { wrong, compared };
  }
}
