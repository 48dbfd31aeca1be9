import { In, type DataSource, type EntityManager } from 'typeorm';
import { ChildRows, Citation, SourceDocument } from '@partnership-graph/shared';

/** A citation as a write gives it. */
type CitationInput = { sourceId: string; quote: string | null };

/**
 * Every SQL statement this subgraph makes about citations (the rows of a record, by its
 * `recordKey`: ChildRows) and source documents lives here (reads: createSourcesLoader).
 */
export class CitationRepository extends ChildRows<Citation> {
  constructor(dataSource: DataSource) {
    super(dataSource, Citation, 'recordKey', { sourceId: 'ASC' });
  }

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
    return recordKeys.length ? this.findByParentIds(recordKeys, manager) : Promise.resolve([]);
  }

  /** Writes the citations of a new record. */
  insert(manager: EntityManager, recordKey: string, citations: readonly CitationInput[]) {
    return this.insertFor(manager, { recordKey }, citations.map(citationRow));
  }

  /** Makes an existing record's citations exactly these. */
  replace(manager: EntityManager, recordKey: string, citations: readonly CitationInput[]) {
    return this.replaceFor(manager, { recordKey }, citations.map(citationRow));
  }
}

function citationRow(citation: CitationInput) {
  return { sourceId: citation.sourceId, quote: citation.quote };
}
