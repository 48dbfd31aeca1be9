import type { DataSource, EntityManager } from 'typeorm';
import { naturalKey, reject, type Caller, type ImportResult, type ImportSource } from '@partnership-graph/shared';
import { Position } from '../entities/Position';
import { InstitutionRepository } from '../repositories/InstitutionRepository';
import { PersonRepository } from '../repositories/PersonRepository';
import { PositionRepository } from '../repositories/PositionRepository';
import { freshId, unique } from './InstitutionImport';
import { runImport, type RecordImport } from './ImportRun';
import { RowChecks, rowResult } from './rowChecks';

/** One row of `importPositions` (PositionImportInput). */
export interface PositionImportRow {
  id?: string | null;
  personId: string;
  institutionId: string;
  title: string;
  since?: string | null;
  until?: string | null;
  observedOn?: string | null;
  source: ImportSource;
}

const keyOf = (p: { personId: string; institutionId: string; title: string; since: string | null }) =>
  naturalKey(p.personId, p.institutionId, p.title, p.since);

/** Positions: matched by id, else by person, institution, folded title and start date. Person and institution must exist. */
export class PositionImport implements RecordImport<PositionImportRow, Position> {
  readonly entityType = 'Position';
  readonly recordType = 'position';
  readonly compared = ['personId', 'institutionId', 'title', 'since', 'until', 'observedOn'] as const;
  private readonly repository: PositionRepository;
  private readonly institutions: InstitutionRepository;
  private readonly people: PersonRepository;

  constructor(private readonly dataSource: DataSource) {
    this.repository = new PositionRepository(dataSource);
    this.institutions = new InstitutionRepository(dataSource);
    this.people = new PersonRepository(dataSource);
  }

  run(caller: Caller, rows: readonly PositionImportRow[], dryRun: boolean): Promise<ImportResult> {
    return runImport(this.dataSource, caller, this, rows, dryRun, 'importing positions');
  }

  async plan(manager: EntityManager, inputs: readonly PositionImportRow[]) {
    const rows = inputs.map((input, index) => {
      const c = new RowChecks();
      const id = c.id('id', input.id);
      const personId = c.id('personId', input.personId);
      const institutionId = c.id('institutionId', input.institutionId);
      const title = c.required('title', input.title, 200);
      const since = c.date('since', input.since);
      const until = c.date('until', input.until);
      const observedOn = c.date('observedOn', input.observedOn);
      c.dateOrder('until', since, until, 'since');
      c.source(input.source);
      return { input, id, personId, institutionId, title, since, until, observedOn, result: rowResult(input.source, index, c.problems), stored: null as Position | null };
    });
    const people = await this.people.existingIds(manager, unique(rows.map((r) => r.personId)));
    const institutions = await this.institutions.existingIds(manager, unique(rows.map((r) => r.institutionId)));
    const stored = await this.repository.findForImport(manager, {
      ids: unique(rows.map((r) => r.id)),
      personIds: unique(rows.filter((r) => r.id === null).map((r) => r.personId)),
    });
    const byId = new Map(stored.map((s) => [s.id, s]));
    const byKey = new Map<string, Position>();
    for (const s of stored) if (!byKey.has(keyOf(s))) byKey.set(keyOf(s), s);
    const batchIds = new Set<string>();
    const batchByKey = new Map<string, string>();
    for (const r of rows) {
      if (r.personId && !people.has(r.personId)) reject(r.result, { field: 'personId', reason: `unknown person: ${r.personId}` });
      if (r.institutionId && !institutions.has(r.institutionId)) reject(r.result, { field: 'institutionId', reason: `unknown institution: ${r.institutionId}` });
      if (!r.personId || !r.institutionId) continue;
      const key = keyOf({ personId: r.personId, institutionId: r.institutionId, title: r.title, since: r.since });
      if (r.id) {
        r.stored = byId.get(r.id) ?? null;
        r.result.id = r.id;
        r.result.matchedBy = r.stored ? 'ID' : null;
      } else if (byKey.has(key)) {
        r.stored = byKey.get(key)!;
        r.result.id = r.stored.id;
        r.result.matchedBy = 'NATURAL_KEY';
      } else {
        r.result.id = batchByKey.get(key) ?? freshId(r.title, 'position', (id) => byId.has(id) || batchIds.has(id));
      }
      batchIds.add(r.result.id);
      if (!batchByKey.has(key)) batchByKey.set(key, r.result.id);
    }
    return rows.map((r) => ({
      result: r.result,
      source: r.input.source,
      before: r.stored,
      after:
        r.result.outcome === 'REJECTED' || !r.result.id
          ? null
          : Object.assign(new Position(), {
              id: r.result.id,
              personId: r.personId!,
              institutionId: r.institutionId!,
              title: r.title,
              since: r.since ?? r.stored?.since ?? null,
              until: r.until ?? r.stored?.until ?? null,
              observedOn: r.observedOn ?? r.stored?.observedOn ?? null,
            }),
    }));
  }

  snapshot(p: Position): Record<string, unknown> {
    return { ...p };
  }

  insert(manager: EntityManager, records: Position[]): Promise<void> {
    return this.repository.insertMany(manager, records);
  }

  update(manager: EntityManager, records: Position[]): Promise<void> {
    return this.repository.updateMany(manager, records);
  }
}
