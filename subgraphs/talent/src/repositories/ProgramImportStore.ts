import { In, Not, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { chunks, conflict, lockForUpdate } from '@partnership-graph/shared';
import { seatFreeingStatuses } from '../statuses';

/** The columns every programme table has that an import reads and writes. */
export interface ProgramRow extends ObjectLiteral {
  id: string;
  title: string;
  startsOn: string | null;
  version: number;
}

/** A programme as an import writes it: its row (without the derived search columns) and its institutions list. */
export interface ProgramRecord<P extends ProgramRow> {
  program: Omit<P, 'sortTitle' | 'searchText'>;
  /** Universities (internship), providers (training); always empty for thesis programmes. */
  linkIds: string[];
}

export interface ProgramImportTables<P extends ProgramRow> {
  program: EntityTarget<P>;
  /** The table linking a programme to institutions (program_id, institution_id), if the type has one. */
  link: EntityTarget<{ programId: string; institutionId: string }> | null;
  /** The records that take seats (internships, enrolments), if the programme has seats. */
  seatTakers: EntityTarget<{ programId: string; status: string }> | null;
  /** The derived columns (sort title, search text) of a programme with its institutions. */
  searchColumns: (
    program: Omit<P, 'sortTitle' | 'searchText'>,
    linkIds: readonly string[],
  ) => { sortTitle: string; searchText: string };
}

const CHUNK = 200;

/**
 * Every SQL statement of a programme import, all in the import's transaction: reads a
 * batch's candidates with a fixed number of statements (IN lists) and writes in bulk
 * (multi-row INSERT, upsert).
 */
export class ProgramImportStore<P extends ProgramRow> {
  constructor(private readonly tables: ProgramImportTables<P>) {}

  /**
   * The programmes with one of these ids or folded titles (`sort_title`), in one statement
   * of the import's transaction, locked (MySQL) until it ends: an enrolment locks its
   * programme first too, so the seats counted next cannot change before the import writes.
   */
  async findCandidates(manager: EntityManager, ids: readonly string[], sortTitles: readonly string[]): Promise<P[]> {
    if (!ids.length && !sortTitles.length) return [];
    const query = manager.getRepository(this.tables.program).createQueryBuilder('p');
    if (ids.length) query.orWhere('p.id IN (:...ids)', { ids: [...new Set(ids)] });
    if (sortTitles.length) query.orWhere('p.sort_title IN (:...sortTitles)', { sortTitles: [...new Set(sortTitles)] });
    return lockForUpdate(query.orderBy('p.id', 'ASC'), manager).getMany();
  }

  /** Each programme's linked institution ids, sorted, in one statement. */
  async linksOf(manager: EntityManager, programIds: readonly string[]): Promise<Map<string, string[]>> {
    const links = new Map<string, string[]>(programIds.map((id) => [id, []]));
    if (!this.tables.link || !programIds.length) return links;
    const rows = await manager
      .getRepository(this.tables.link)
      .find({ where: { programId: In([...programIds]) }, order: { institutionId: 'ASC' } } as never);
    for (const row of rows) links.get(row.programId)?.push(row.institutionId);
    return links;
  }

  /**
   * How many seats are taken in each programme (records not withdrawn), in one grouped
   * statement of the import's transaction, after findCandidates locked the programmes.
   */
  async seatsTaken(manager: EntityManager, programIds: readonly string[]): Promise<Map<string, number>> {
    const taken = new Map<string, number>();
    if (!this.tables.seatTakers || !programIds.length) return taken;
    const rows = await manager
      .getRepository(this.tables.seatTakers)
      .createQueryBuilder('r')
      .select('r.program_id', 'program_id')
      .addSelect('COUNT(*)', 'taken')
      .where({ programId: In([...programIds]), status: Not(In([...seatFreeingStatuses])) })
      .groupBy('r.program_id')
      .getRawMany<{ program_id: string; taken: string | number }>();
    for (const row of rows) taken.set(row.program_id, Number(row.taken));
    return taken;
  }

  // ─── writes (inside the import's writeTransaction) ──────────────────────────────

  /** Inserts new programmes and their links: one statement per 200 rows of each. */
  async insertMany(manager: EntityManager, records: readonly ProgramRecord<P>[]): Promise<void> {
    const rows = records.map((r) => ({ ...r.program, ...this.tables.searchColumns(r.program, r.linkIds) }));
    for (const chunk of chunks(rows, CHUNK)) await manager.getRepository(this.tables.program).insert(chunk as never);
    await this.insertLinks(manager, records);
  }

  /**
   * Writes changed programmes whose stored versions are `expected`: locks their rows
   * (MySQL) and refuses with CONFLICT when one changed since it was read; then one upsert
   * per 200 rows, each with its version raised by one, and their links replaced.
   */
  async updateMany(
    manager: EntityManager,
    records: readonly ProgramRecord<P>[],
    expected: ReadonlyMap<string, number>,
  ): Promise<void> {
    const ids = records.map((r) => r.program.id);
    const current = await lockForUpdate(
      manager
        .getRepository(this.tables.program)
        .createQueryBuilder('p')
        .select(['p.id', 'p.version'])
        .where('p.id IN (:...ids)', { ids }),
      manager,
    ).getMany();
    const versions = new Map(current.map((p) => [p.id, p.version]));
    for (const id of ids) {
      if (versions.get(id) !== expected.get(id)) {
        throw conflict(`The programme "${id}" was changed by someone else during the import; import the rows again`, {
          id,
        });
      }
    }
    const rows = records.map((r) => ({ ...r.program, ...this.tables.searchColumns(r.program, r.linkIds) }));
    for (const chunk of chunks(rows, CHUNK))
      await manager.getRepository(this.tables.program).upsert(chunk as never, ['id']);
    if (this.tables.link) {
      for (const chunk of chunks(ids, CHUNK))
        await manager.getRepository(this.tables.link).delete({ programId: In(chunk) } as never);
      await this.insertLinks(manager, records);
    }
  }

  private async insertLinks(manager: EntityManager, records: readonly ProgramRecord<P>[]): Promise<void> {
    if (!this.tables.link) return;
    const links = records.flatMap((r) =>
      r.linkIds.map((institutionId) => ({ programId: r.program.id, institutionId })),
    );
    for (const chunk of chunks(links, 500)) await manager.getRepository(this.tables.link).insert(chunk);
  }
}
