import type { DataSource, EntityManager } from 'typeorm';
import { naturalKey, reject, type WritePipeline } from '@partnership-graph/shared';
import type { Position } from '../entities/Position';
import { positionRecord } from '../positions/positionRecord';
import { InstitutionRepository } from '../repositories/InstitutionRepository';
import { PersonRepository } from '../repositories/PersonRepository';
import { PositionRepository } from '../repositories/PositionRepository';
import { unique } from './InstitutionImport';
import { RecordMatcher } from './RecordMatcher';
import type { PositionImportInput } from '../generated/resolvers';
import { StoredRecordImport } from './StoredRecordImport';
import { plannedRows, sameColumns } from './rowChecks';

/**
 * `former: true` marks the role former as of the row's source date (the earliest such
 * date is kept); `false` clears it; left out keeps the stored value.
 */
function formerFacts(
  former: boolean | null | undefined,
  sourceDate: string | null,
  stored: Position | null,
): { former: boolean; formerOn: string | null } {
  if (former === false) return { former: false, formerOn: null };
  if (former !== true) return { former: stored?.former ?? false, formerOn: stored?.formerOn ?? null };
  const dates = [stored?.former ? stored.formerOn : null, sourceDate].filter((d): d is string => d !== null).sort();
  return { former: true, formerOn: dates[0] ?? null };
}

const keyOf = (p: { personId: string; institutionId: string; title: string; since: string | null }) =>
  naturalKey(p.personId, p.institutionId, p.title, p.since);

/** Positions: matched by id, else by person, institution, folded title and start date. Person and institution must exist. */
export class PositionImport extends StoredRecordImport<PositionImportInput, Position, PositionRepository> {
  readonly entityType = 'Position';
  readonly recordType = 'position';
  protected readonly mutation = 'importPositions';
  readonly sameRecord = sameColumns<Position>([
    'personId',
    'institutionId',
    'title',
    'since',
    'until',
    'observedDates',
    'former',
    'formerOn',
  ]);
  private readonly institutions: InstitutionRepository;
  private readonly people: PersonRepository;

  constructor(dataSource: DataSource, pipeline: WritePipeline) {
    super(dataSource, new PositionRepository(dataSource), pipeline);
    this.institutions = new InstitutionRepository(dataSource);
    this.people = new PersonRepository(dataSource);
  }

  async plan(manager: EntityManager, inputs: readonly PositionImportInput[]) {
    const rows = this.checkRows(inputs, (c, input) => {
      const personId = c.id('personId', input.personId);
      const institutionId = c.id('institutionId', input.institutionId);
      const title = c.required('title', input.title, 200);
      const since = c.date('since', input.since);
      const until = c.date('until', input.until);
      const observedOn = c.date('observedOn', input.observedOn);
      c.dateOrder('until', since, until, 'since');
      return { personId, institutionId, title, since, until, observedOn };
    });
    const people = await this.people.existingIds(manager, unique(rows.map((r) => r.personId)));
    const institutions = await this.institutions.existingIds(manager, unique(rows.map((r) => r.institutionId)));
    const stored = await this.repository.findForImport(manager, {
      id: unique(rows.map((r) => r.id)),
      personId: unique(rows.filter((r) => r.id === null).map((r) => r.personId)),
    });
    const matcher = new RecordMatcher(stored, keyOf);
    for (const r of rows) {
      if (r.personId && !people.has(r.personId))
        reject(r.result, { field: 'personId', reason: `unknown person: ${r.personId}` });
      if (r.institutionId && !institutions.has(r.institutionId))
        reject(r.result, { field: 'institutionId', reason: `unknown institution: ${r.institutionId}` });
      if (!r.personId || !r.institutionId) continue;
      const key = keyOf({ personId: r.personId, institutionId: r.institutionId, title: r.title, since: r.since });
      r.stored = matcher.match(r.result, r.id, key, r.title, 'position');
    }
    return plannedRows(rows, (r, id) =>
      positionRecord({
        id,
        personId: r.personId!,
        institutionId: r.institutionId!,
        title: r.title,
        since: r.since ?? r.stored?.since ?? null,
        until: r.until ?? r.stored?.until ?? null,
        // Each row's observation adds to those of earlier rows (other sources).
        observedDates: [...(r.stored?.observedDates ?? []), ...(r.observedOn ? [r.observedOn] : [])],
        ...formerFacts(r.input.former, r.input.source.publishedOn ?? null, r.stored),
      }),
    );
  }
}
