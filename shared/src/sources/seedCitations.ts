import type { EntityManager } from 'typeorm';
import { seedSources, type SeedCitation, type SeedSource } from '../seed/sources';
import { Citation } from './Citation';
import { SourceDocument } from './SourceDocument';

/** A seeded document as its row: `citedIn` becomes the two `cited_in_*` columns. */
function documentRow({ citedIn, ...document }: SeedSource): SourceDocument {
  return { ...document, citedInId: citedIn?.sourceId ?? null, citedInQuote: citedIn?.quote ?? null };
}

/**
 * Writes the cited source documents and the citations of seeded records, each with the
 * fields it states. The documents cited kept with them: the ones they name as their
 * sources and the ones naming them. Upserts, so running the seed twice changes nothing.
 */
export async function seedCitations(
  manager: EntityManager,
  citations: ReadonlyArray<{ recordKey: string; citations: readonly SeedCitation[] }>,
): Promise<void> {
  const cited = new Set(citations.flatMap((c) => c.citations.map((x) => x.sourceId)));
  const unknown = [...cited].filter((id) => !seedSources.some((s) => s.id === id));
  if (unknown.length) throw new Error(`Seed cites unknown sources: ${unknown.join(', ')}`);
  const linked = (s: SeedSource) => cited.has(s.id) || (s.citedIn !== undefined && cited.has(s.citedIn.sourceId));
  const documents = seedSources.filter(linked);
  for (const d of documents) if (d.citedIn) cited.add(d.citedIn.sourceId);
  const withCiting = seedSources.filter((s) => linked(s) || cited.has(s.id));
  if (withCiting.length) await manager.getRepository(SourceDocument).upsert(withCiting.map(documentRow), ['id']);
  const rows = citations.flatMap(({ recordKey, citations: list }) =>
    list.map((c) => ({
      recordKey,
      sourceId: c.sourceId,
      quote: c.quote ?? null,
      fields: c.fields ? [...c.fields] : null,
    })),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await manager.getRepository(Citation).upsert(rows.slice(i, i + 500), ['recordKey', 'sourceId']);
  }
}
