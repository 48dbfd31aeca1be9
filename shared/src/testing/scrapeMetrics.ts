/** One sample of a scrape: the metric's name, its labels and its value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Reads Prometheus text format (what `/metrics` answers) into samples; comments are skipped. */
export function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!match) throw new Error(`not a Prometheus sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const label of (match[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g))
      labels[label[1]] = label[2].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c));
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

/** Scrapes `/metrics` (with extra headers, e.g. a bearer token) and parses it; a non-200 answer throws. */
export async function scrapeMetrics(url: string, headers: Record<string, string> = {}): Promise<Sample[]> {
  const response = await fetch(url, { headers });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`);
  return parseMetrics(text);
}

/** The sum of the samples of `name` whose labels include `labels` (0 when none does). */
export function sumOf(samples: Sample[], name: string, labels: Record<string, string | RegExp> = {}): number {
  return samples
    .filter(
      (s) =>
        s.name === name &&
        Object.entries(labels).every(([key, want]) =>
          typeof want === 'string' ? s.labels[key] === want : want.test(s.labels[key] ?? ''),
        ),
    )
    .reduce((sum, s) => sum + s.value, 0);
}
