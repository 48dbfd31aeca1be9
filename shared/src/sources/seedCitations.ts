import type { EntityManager } from 'typeorm';
import { seedSources, type SeedCitation } from '../seed/sources';
import { Citation } from './Citation';
import { SourceDocument } from './SourceDocument';

/**
 * Writes the cited source documents and the citations of seeded records.
 * Upserts, so running the seed twice changes nothing.
 */
export async function seedCitations(
  manager: EntityManager,
  citations: ReadonlyArray<{ recordKey: string; citations: readonly SeedCitation[] }>,
): Promise<void> {
  const cited = new Set(citations.flatMap((c) => c.citations.map((x) => x.sourceId)));
  const documents = seedSources.filter((s) => cited.has(s.id));
  const unknown = [...cited].filter((id) => !seedSources.some((s) => s.id === id));
  if (unknown.length) throw new Error(`Seed cites unknown sources: ${unknown.join(', ')}`);
  if (documents.length)
    await manager.getRepository(SourceDocument).upsert(
      documents.map((d) => ({ ...d })),
      ['id'],
    );
  const rows = citations.flatMap(({ recordKey, citations: list }) =>
    list.map((c) => ({ recordKey, sourceId: c.sourceId, quote: c.quote ?? null })),
  );
  for (let i = 0; i < rows.length; i += 500) {
    await manager.getRepository(Citation).upsert(rows.slice(i, i + 500), ['recordKey', 'sourceId']);
  }
}
