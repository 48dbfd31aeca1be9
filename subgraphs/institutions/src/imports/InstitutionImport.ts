import type { DataSource, EntityManager } from 'typeorm';
import { foldText, naturalKey, newId, reject, type PlannedRecord, type WritePipeline } from '@partnership-graph/shared';
import { Institution, type LocalizedName } from '../entities/Institution';
import { InstitutionRepository, institutionDerivedColumns } from '../repositories/InstitutionRepository';
import type { InstitutionImportInput } from '../generated/resolvers';
import { mergedNames } from './mergedNames';
import { StoredRecordImport, type CheckedImportRow } from './StoredRecordImport';
import { plannedRows, sameColumns, type RowChecks } from './rowChecks';

const ROR_PATTERN = /^(?:https?:\/\/)?(?:www\.)?(?:ror\.org\/)?(0[a-z0-9]{6}[0-9]{2})\/?$/i;

/** The one stored form of a ROR id (`https://ror.org/0abc12345`), from the URL or the bare 9-character id; null when it is neither. */
export function canonicalRorId(value: string): string | null {
  const match = ROR_PATTERN.exec(value.trim());
  return match ? `https://ror.org/${match[1].toLowerCase()}` : null;
}

/** A row's cleaned values (each null when not given or refused). */
interface InstitutionFields {
  ror: string | null;
  name: string;
  nameLanguage: string | null;
  names: LocalizedName[] | null;
  acronym: string | null;
  aliases: string[] | null;
  sector: string | null;
  country: string | null;
  city: string | null;
  website: string | null;
  foundedOn: string | null;
  parentId: string | null;
  parentRor: string | null;
  /** Every name of the row folded (default, other names, aliases): what `sort_name` may hold. */
  foldedNames: string[];
  /** naturalKey(name, country) for each of the row's names. */
  keys: string[];
}

type CheckedRow = CheckedImportRow<InstitutionImportInput, InstitutionFields, Institution>;

function checkFields(c: RowChecks, input: InstitutionImportInput): InstitutionFields {
  let ror: string | null = null;
  if (input.rorId != null && input.rorId.trim() !== '') {
    ror = canonicalRorId(input.rorId);
    if (!ror)
      c.problem('rorId', `not a ROR id (https://ror.org/0abc12345 or the 9-character id): ${input.rorId.slice(0, 60)}`);
  }
  const name = c.required('name', input.name, 300);
  const nameLanguage = c.language('nameLanguage', input.nameLanguage);
  const names = c.names('names', input.names, 300);
  const acronym = c.optional('acronym', input.acronym, 50);
  const aliases = c.texts('aliases', input.aliases, 300);
  c.nameColumns(name, 300, names, aliases);
  const sector = c.optional('sector', input.sector, 200);
  let country: string | null = null;
  if (input.country != null && input.country.trim() !== '') {
    const text = input.country.trim();
    if (/^[A-Za-z]{2}$/.test(text)) country = text.toUpperCase();
    else c.problem('country', `not an ISO 3166-1 alpha-2 code such as AZ: ${text.slice(0, 60)}`);
  }
  const city = c.optional('city', input.city, 120);
  const website = c.url('website', input.website, 300);
  const foundedOn = c.pastDate('foundedOn', input.foundedOn);
  const parentId = c.id('parentId', input.parentId);
  let parentRor: string | null = null;
  if (input.parentRorId != null && input.parentRorId.trim() !== '') {
    parentRor = canonicalRorId(input.parentRorId);
    if (!parentRor)
      c.problem(
        'parentRorId',
        `not a ROR id (https://ror.org/0abc12345 or the 9-character id): ${input.parentRorId.slice(0, 60)}`,
      );
  }
  const allNames = [name, ...(names ?? []).map((n) => n.value), ...(aliases ?? [])].filter(Boolean);
  const foldedNames = [...new Set(allNames.map((n) => foldText(n)).filter(Boolean))];
  return {
    ror,
    name,
    nameLanguage,
    names,
    acronym,
    aliases,
    sector,
    country,
    city,
    website,
    foundedOn,
    parentId,
    parentRor,
    foldedNames,
    keys: foldedNames.map((folded) => naturalKey(folded, country)),
  };
}

/** Institutions: matched by id, ROR id, or folded name and country; parents may be rows of the same call. */
export class InstitutionImport extends StoredRecordImport<InstitutionImportInput, Institution, InstitutionRepository> {
  readonly entityType = 'Institution';
  readonly recordType = 'institution';
  protected readonly mutation = 'importInstitutions';
  readonly sameRecord = sameColumns<Institution>([
    'name',
    'names',
    'acronym',
    'aliases',
    'kind',
    'sector',
    'country',
    'city',
    'website',
    'rorId',
    'foundedOn',
    'parentId',
  ]);

  constructor(dataSource: DataSource, pipeline: WritePipeline) {
    super(dataSource, new InstitutionRepository(dataSource), pipeline);
  }

  async plan(manager: EntityManager, inputs: readonly InstitutionImportInput[]) {
    const rows = this.checkRows(inputs, checkFields);
    const stored = await this.repository.findForImport(manager, {
      id: unique(rows.flatMap((r) => [r.id, r.parentId])),
      rorId: unique(rows.flatMap((r) => [r.ror, r.parentRor])),
      sortName: unique(rows.filter((r) => r.id === null).flatMap((r) => r.foldedNames)),
    });
    const byId = new Map(stored.map((s) => [s.id, s]));
    const byRor = new Map(stored.filter((s) => s.rorId).map((s) => [s.rorId!, s]));
    const bySortName = new Map<string, Institution[]>();
    for (const s of stored) bySortName.set(s.sortName, [...(bySortName.get(s.sortName) ?? []), s]);

    // Match every row: by id, else ROR id, else natural key; else a creation (or the
    // same record as an earlier row of this call, which rejectRepeatedRecords rejects).
    const batchIds = new Set<string>();
    const batchByKey = new Map<string, string>();
    const batchByRor = new Map<string, { id: string; row: number }>();
    for (const r of rows) {
      const result = r.result;
      if (r.id) {
        r.stored = byId.get(r.id) ?? null;
        result.id = r.id;
        result.matchedBy = r.stored ? 'ID' : null;
      } else if (r.ror && byRor.has(r.ror)) {
        r.stored = byRor.get(r.ror)!;
        result.id = r.stored.id;
        result.matchedBy = 'ROR_ID';
      } else {
        const keys = new Set(r.keys);
        const candidates = new Map<string, Institution>();
        for (const folded of r.foldedNames) {
          for (const s of bySortName.get(folded) ?? []) {
            if (keys.has(naturalKey(s.sortName, s.country)) && !(r.ror && s.rorId && s.rorId !== r.ror))
              candidates.set(s.id, s);
          }
        }
        if (candidates.size > 1) {
          reject(result, {
            field: 'name',
            reason: `matches several institutions (${[...candidates.keys()].sort().join(', ')}); give the id or rorId`,
          });
        } else if (candidates.size === 1) {
          r.stored = [...candidates.values()][0];
          result.id = r.stored.id;
          result.matchedBy = 'NATURAL_KEY';
        } else {
          const earlier =
            (r.ror ? batchByRor.get(r.ror)?.id : undefined) ?? r.keys.map((k) => batchByKey.get(k)).find(Boolean);
          result.id = earlier ?? freshId(r.name, 'institution', (id) => byId.has(id) || batchIds.has(id));
        }
      }
      const id = result.id;
      if (!id) continue;
      batchIds.add(id);
      for (const key of r.keys) if (!batchByKey.has(key)) batchByKey.set(key, id);
      if (r.ror) {
        const owner = byRor.get(r.ror);
        const earlier = batchByRor.get(r.ror);
        if (owner && owner.id !== id)
          reject(result, { field: 'rorId', reason: `already the ROR id of institution ${owner.id}` });
        else if (earlier && earlier.id !== id)
          reject(result, { field: 'rorId', reason: `also the ROR id of row ${earlier.row} (${earlier.id})` });
        else if (!earlier) batchByRor.set(r.ror, { id, row: result.row });
      }
    }

    // Parents: a stored institution or another row of this call, by id or ROR id.
    const parentOf = new Map<string, string | null>();
    for (const r of rows) {
      let parent: string | null = null;
      if (r.parentId) {
        if (batchIds.has(r.parentId) || byId.has(r.parentId)) parent = r.parentId;
        else reject(r.result, { field: 'parentId', reason: `unknown institution: ${r.parentId}` });
      }
      if (r.parentRor) {
        const byRorParent = batchByRor.get(r.parentRor)?.id ?? byRor.get(r.parentRor)?.id ?? null;
        if (!byRorParent) reject(r.result, { field: 'parentRorId', reason: `unknown institution: ${r.parentRor}` });
        else if (r.parentId && byRorParent !== r.parentId) {
          reject(r.result, { field: 'parentRorId', reason: `names ${byRorParent}, but parentId names ${r.parentId}` });
        } else parent = byRorParent;
      }
      if (parent && parent === r.result.id)
        reject(r.result, {
          field: r.parentId ? 'parentId' : 'parentRorId',
          reason: 'an institution cannot be its own parent',
        });
      if (r.result.id) parentOf.set(r.result.id, parent ?? r.stored?.parentId ?? null);
    }

    // No cycles: walk up from every row through this call's parents and the stored ancestry.
    const outside = unique([...parentOf.values()].filter((p): p is string => p !== null && !parentOf.has(p)));
    const ancestry = outside.length
      ? await this.repository.findAncestry(manager, outside)
      : new Map<string, string | null>();
    const parentAt = (id: string) => (parentOf.has(id) ? parentOf.get(id)! : (ancestry.get(id) ?? null));
    for (const r of rows) {
      const id = r.result.id;
      if (!id || r.result.outcome === 'REJECTED') continue;
      const path = [id];
      for (let at = parentAt(id); at !== null && path.length <= parentOf.size + ancestry.size + 1; at = parentAt(at)) {
        path.push(at);
        if (at === id) {
          reject(r.result, {
            field: r.parentId || !r.parentRor ? 'parentId' : 'parentRorId',
            reason: `a cycle of parents: ${path.join(' → ')}`,
          });
          break;
        }
        if (path.indexOf(at) < path.length - 1) break;
      }
    }

    return plannedRows(rows, (r, id) => this.next(r, id, parentOf.get(id) ?? null));
  }

  /** The record as it will be: the row's values, and the stored ones where the row says nothing. */
  private next(r: CheckedRow, id: string, parentId: string | null): Institution {
    const s = r.stored;
    const names = mergedNames(r, s);
    const acronym = r.acronym ?? s?.acronym ?? null;
    const aliases = r.aliases ?? s?.aliases ?? [];
    const foundedOn = r.foundedOn ?? s?.foundedOn ?? null;
    return Object.assign(new Institution(), {
      id,
      name: r.name,
      names,
      acronym,
      aliases,
      kind: r.input.kind,
      sector: r.sector ?? s?.sector ?? null,
      country: r.country ?? s?.country ?? null,
      city: r.city ?? s?.city ?? null,
      website: r.website ?? s?.website ?? null,
      rorId: r.ror ?? s?.rorId ?? null,
      foundedOn,
      parentId,
      ...institutionDerivedColumns({ name: r.name, names, acronym, aliases, foundedOn }),
    });
  }

  override snapshot(i: Institution, sources: readonly string[]): object {
    const { sortName: _sortName, foundedOnSort: _foundedOnSort, searchText: _searchText, ...record } = i;
    return { ...record, sources };
  }

  /** Parents before their units, so a unit never points at a row not yet written. */
  writeOrder(records: Array<PlannedRecord<Institution>>): Array<PlannedRecord<Institution>> {
    const byId = new Map(records.map((p) => [p.after.id, p]));
    const done = new Set<string>();
    const ordered: Array<PlannedRecord<Institution>> = [];
    const visit = (p: PlannedRecord<Institution>, depth: number) => {
      if (done.has(p.after.id)) return;
      done.add(p.after.id);
      const parent = p.after.parentId ? byId.get(p.after.parentId) : undefined;
      if (parent && depth < records.length) visit(parent, depth + 1);
      ordered.push(p);
    };
    for (const p of records) visit(p, 0);
    return ordered;
  }
}

export function unique(values: ReadonlyArray<string | null | undefined>): string[] {
  return [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
}

/** A new id not yet taken in the database or this call. */
export function freshId(name: string, fallback: string, taken: (id: string) => boolean): string {
  let id = newId(name, fallback);
  while (taken(id)) id = newId(name, fallback);
  return id;
}
