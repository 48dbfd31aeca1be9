/**
 * The languages a request prefers, best first, from its Accept-Language header
 * ("az, en;q=0.8" → ["az", "en"]); primary subtags only, "*" dropped.
 */
export function parseAcceptLanguage(header: string | string[] | undefined): string[] {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value || value.length > 500) return [];
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { language: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => /^[a-z]{2,3}$/.test(entry.language) && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.language);
  return [...new Set(ranked)];
}
