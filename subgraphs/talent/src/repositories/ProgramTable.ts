import {
  In,
  type DataSource,
  type EntityManager,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type SelectQueryBuilder,
} from 'typeorm';
import { andCitedBy, assertValidId, findRowsIn, findSearchablePage, type PageRequest } from '@partnership-graph/shared';
import { IdTable } from './IdTable';
import { applyCommonProgramFilter, programOrder, type ProgramFilterBase } from './programQuery';

/** Programmes under one parent, as listed: by folded title, then id. */
const byTitle = { sortTitle: 'ASC', id: 'ASC' };

/** A programme's links: by institution id. */
const byInstitution = { institutionId: 'ASC' };

/** What every programme row has that the shared statements read. */
interface ProgramEntity {
  id: string;
  agreementId: string | null;
  sortTitle: string;
}

/**
 * The statements every kind of programme shares: its list and count under a filter
 * (programme alias `p`), by agreement, and (IdTable) by id and the locked read of a write. Each
 * repository adds its own filters (`applyOwnFilter`) and statements.
 */
export abstract class ProgramTable<P extends ProgramEntity, F extends ProgramFilterBase> extends IdTable<P> {
  protected constructor(
    dataSource: DataSource,
    entity: new () => P,
    /** The type part of the citations' record key, e.g. `internship-program`. */
    private readonly recordType: string,
  ) {
    super(dataSource, entity, 'p');
  }

  /** The conditions of this kind's own filter fields (levels, kinds). */
  protected abstract applyOwnFilter(query: SelectQueryBuilder<P>, filter: F): void;

  /** The condition that keeps the programmes this (checked) institution takes part in, as this kind links them. */
  protected abstract applyInstitution(query: SelectQueryBuilder<P>, institutionId: string): void;

  private filtered(filter: F | null | undefined, withSearch = true): SelectQueryBuilder<P> {
    const query = this.dataSource.getRepository(this.entity).createQueryBuilder('p');
    if (!filter) return query;
    applyCommonProgramFilter(query, 'p', filter, withSearch);
    if (filter.sourceId != null) andCitedBy(query, 'p.id', this.recordType, filter.sourceId);
    this.applyOwnFilter(query, filter);
    if (filter.institutionId != null) {
      this.applyInstitution(query, assertValidId(filter.institutionId, 'filter.institutionId'));
    }
    return query;
  }

  findPage(filter: F | null | undefined, page: PageRequest): Promise<P[]> {
    return findSearchablePage(
      (withSearch) => this.filtered(filter, withSearch),
      'p',
      programOrder('p'),
      filter?.search,
      page,
    );
  }

  count(filter: F | null | undefined): Promise<number> {
    return this.filtered(filter).getCount();
  }

  findByAgreementIds(ids: readonly string[]): Promise<P[]> {
    return findRowsIn(this.dataSource.manager, this.entity, 'agreementId', ids, byTitle as FindOptionsOrder<P>);
  }

  // ─── writes (inside a writeTransaction) ─────────────────────────────────────────

  exists(manager: EntityManager, id: string): Promise<boolean> {
    return manager.getRepository(this.entity).existsBy({ id } as FindOptionsWhere<P>);
  }
}

/** A link of a programme to an institution (an internship programme's university, a training programme's provider). */
interface ProgramLink {
  programId: string;
  institutionId: string;
}

/** The institutions programmes link to, in a table of `ProgramLink` rows. */
export class ProgramLinks<L extends ProgramLink> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly entity: new () => L,
  ) {}

  /** The links of these programmes, by institution id. */
  of(programIds: readonly string[]): Promise<L[]> {
    return findRowsIn(
      this.dataSource.manager,
      this.entity,
      'programId',
      programIds,
      byInstitution as FindOptionsOrder<L>,
    );
  }

  /** The ids of the institutions one programme links to, in a write's transaction. */
  async idsOf(manager: EntityManager, programId: string): Promise<string[]> {
    const rows = await manager.getRepository(this.entity).find({
      where: { programId } as FindOptionsWhere<L>,
      order: byInstitution as FindOptionsOrder<L>,
    });
    return rows.map((r) => r.institutionId);
  }

  private rows(programId: string, institutionIds: readonly string[]) {
    // Every link row is exactly these two columns.
    return institutionIds.map((institutionId) => ({ programId, institutionId })) as never[];
  }

  /** Links a new programme to these institutions. */
  async insert(manager: EntityManager, programId: string, institutionIds: readonly string[]): Promise<void> {
    if (!institutionIds.length) return;
    await manager.getRepository(this.entity).insert(this.rows(programId, institutionIds));
  }

  /** Makes the programme's links exactly these; returns how many links changed. */
  async replace(manager: EntityManager, programId: string, institutionIds: readonly string[]): Promise<number> {
    const repository = manager.getRepository(this.entity);
    const current = (await repository.findBy({ programId } as FindOptionsWhere<L>)).map((r) => r.institutionId);
    const removed = current.filter((id) => !institutionIds.includes(id));
    const added = institutionIds.filter((id) => !current.includes(id));
    if (removed.length) await repository.delete({ programId, institutionId: In(removed) } as FindOptionsWhere<L>);
    if (added.length) await repository.insert(this.rows(programId, added));
    return removed.length + added.length;
  }
}
