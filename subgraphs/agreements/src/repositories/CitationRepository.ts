import { In, type DataSource, type EntityManager } from 'typeorm';
import { Citation, SourceDocument } from '@partnership-graph/shared';

/** Every SQL statement this subgraph makes about citations and source documents lives here (reads: createSourcesLoader). */
export class CitationRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Which of these source ids this subgraph's database knows. */
  async knownSourceIds(ids: readonly string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows = await this.dataSource
      .getRepository(SourceDocument)
      .find({ select: { id: true }, where: { id: In([...ids]) } });
    return new Set(rows.map((r) => r.id));
  }

  /** The citations of many records (keys are `recordKey`s), in ONE statement, by record and source id. */
  findForRecords(recordKeys: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Citation[]> {
    if (!recordKeys.length) return Promise.resolve([]);
    return manager.getRepository(Citation).find({
      where: { recordKey: In([...recordKeys]) },
      order: { recordKey: 'ASC', sourceId: 'ASC' },
    });
  }

  /** A record's citations as stored, read inside a transaction, by source id. */
  findForRecord(manager: EntityManager, recordKey: string): Promise<Citation[]> {
    return manager.getRepository(Citation).find({ where: { recordKey }, order: { sourceId: 'ASC' } });
  }

  /** Writes the citations of a new record (no DELETE first; see AgreementCommitmentRepository.insert). */
  async insert(
    manager: EntityManager,
    recordKey: string,
    citations: ReadonlyArray<{ sourceId: string; quote: string | null }>,
  ): Promise<void> {
    if (citations.length) {
      await manager
        .getRepository(Citation)
        .insert(citations.map((c) => ({ recordKey, sourceId: c.sourceId, quote: c.quote })));
    }
  }

  /** Makes an existing record's citations exactly these. */
  async replace(
    manager: EntityManager,
    recordKey: string,
    citations: ReadonlyArray<{ sourceId: string; quote: string | null }>,
  ): Promise<void> {
    await manager.getRepository(Citation).delete({ recordKey });
    await this.insert(manager, recordKey, citations);
  }
}
