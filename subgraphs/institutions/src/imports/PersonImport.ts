import type { DataSource, EntityManager } from 'typeorm';
import { buildSearchText, foldText, naturalKey, reject, type WritePipeline } from '@partnership-graph/shared';
import type { LocalizedName } from '../entities/Institution';
import { Person } from '../entities/Person';
import { PersonRepository } from '../repositories/PersonRepository';
import { freshId, unique } from './InstitutionImport';
import type { PersonImportInput } from '../generated/resolvers';
import { mergedNames } from './mergedNames';
import { StoredRecordImport } from './StoredRecordImport';
import { plannedRows, sameColumns } from './rowChecks';

/** People: matched by id, else by folded name (the row's default name, other names or aliases against the stored default name). */
export class PersonImport extends StoredRecordImport<PersonImportInput, Person, PersonRepository> {
  readonly entityType = 'Person';
  readonly recordType = 'person';
  protected readonly mutation = 'importPeople';
  readonly sameRecord = sameColumns<Person>(['name', 'names', 'aliases']);

  constructor(dataSource: DataSource, pipeline: WritePipeline) {
    super(dataSource, new PersonRepository(dataSource), pipeline);
  }

  async plan(manager: EntityManager, inputs: readonly PersonImportInput[]) {
    const rows = this.checkRows(inputs, (c, input) => {
      const name = c.required('name', input.name, 200);
      const nameLanguage = c.language('nameLanguage', input.nameLanguage);
      const names = c.names('names', input.names, 200);
      const aliases = c.texts('aliases', input.aliases, 200);
      c.nameColumns(name, 200, names, aliases);
      const folded = unique([name, ...(names ?? []).map((n) => n.value), ...(aliases ?? [])].map((n) => foldText(n)));
      return { name, nameLanguage, names, aliases, folded, keys: folded.map((f) => naturalKey(f)) };
    });
    const stored = await this.repository.findForImport(manager, {
      id: unique(rows.map((r) => r.id)),
      sortName: unique(rows.filter((r) => r.id === null).flatMap((r) => r.folded)),
    });
    const byId = new Map(stored.map((s) => [s.id, s]));
    const byKey = new Map<string, Person[]>();
    for (const s of stored) byKey.set(naturalKey(s.sortName), [...(byKey.get(naturalKey(s.sortName)) ?? []), s]);
    const batchIds = new Set<string>();
    const batchByKey = new Map<string, string>();
    for (const r of rows) {
      if (r.id) {
        r.stored = byId.get(r.id) ?? null;
        r.result.id = r.id;
        r.result.matchedBy = r.stored ? 'ID' : null;
      } else {
        const candidates = new Map(r.keys.flatMap((k) => byKey.get(k) ?? []).map((s) => [s.id, s]));
        if (candidates.size > 1) {
          reject(r.result, {
            field: 'name',
            reason: `matches several people (${[...candidates.keys()].sort().join(', ')}); give the id`,
          });
        } else if (candidates.size === 1) {
          r.stored = [...candidates.values()][0];
          r.result.id = r.stored.id;
          r.result.matchedBy = 'NATURAL_KEY';
        } else {
          r.result.id =
            r.keys.map((k) => batchByKey.get(k)).find(Boolean) ??
            freshId(r.name, 'person', (id) => byId.has(id) || batchIds.has(id));
        }
      }
      if (!r.result.id) continue;
      batchIds.add(r.result.id);
      for (const key of r.keys) if (!batchByKey.has(key)) batchByKey.set(key, r.result.id);
    }
    return plannedRows(rows, (r, id) => this.next(r, id));
  }

  private next(
    r: {
      name: string;
      nameLanguage: string | null;
      names: LocalizedName[] | null;
      aliases: string[] | null;
      stored: Person | null;
    },
    id: string,
  ): Person {
    const s = r.stored;
    const names = mergedNames(r, s);
    const aliases = r.aliases ?? s?.aliases ?? [];
    return Object.assign(new Person(), {
      id,
      name: r.name,
      names,
      aliases,
      sortName: foldText(r.name),
      searchText: buildSearchText([r.name, ...names.map((n) => n.value), ...aliases]),
    });
  }

  override snapshot(p: Person, sources: readonly string[]): object {
    return { id: p.id, name: p.name, names: p.names, aliases: p.aliases, sources };
  }
}
