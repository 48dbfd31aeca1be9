import {
  checkImportSource,
  foldText,
  isValidId,
  parseIsoDate,
  type ImportProblem,
  type ImportRowResult,
  type ImportSource,
  type PlannedRow,
} from '@partnership-graph/shared';
import type { LocalizedName } from '../entities/Institution';

/**
 * The checks every import row goes through, each adding an ImportProblem (field path
 * inside the row and a reason a person can act on) instead of throwing.
 */
export class RowChecks {
  readonly problems: ImportProblem[] = [];

  problem(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }

  /** Trimmed required text of at most `max` characters. */
  required(field: string, value: string | null | undefined, max: number): string {
    const text = (value ?? '').trim();
    if (!text) this.problem(field, 'must not be empty');
    else if ([...text].length > max) this.problem(field, `at most ${max} characters (got ${[...text].length})`);
    return text;
  }

  /** Trimmed optional text; null when left out, blank counts as left out. */
  optional(field: string, value: string | null | undefined, max: number): string | null {
    if (value == null) return null;
    const text = value.trim();
    if ([...text].length > max) this.problem(field, `at most ${max} characters (got ${[...text].length})`);
    return text === '' ? null : text;
  }

  id(field: string, value: string | null | undefined): string | null {
    if (value == null) return null;
    if (!isValidId(value)) {
      this.problem(
        field,
        `"${value.slice(0, 80)}" is not a valid id (lower-case letters, digits and single hyphens, at most 64 characters)`,
      );
      return null;
    }
    return value;
  }

  language(field: string, value: string | null | undefined): string | null {
    if (value == null) return null;
    if (!/^[a-z]{2}$/.test(value)) {
      this.problem(field, `not an ISO 639-1 code (two lowercase letters): ${value.slice(0, 20)}`);
      return null;
    }
    return value;
  }

  date(field: string, value: string | null | undefined): string | null {
    if (value == null) return null;
    if (parseIsoDate(value) === null) {
      this.problem(field, `not a date (YYYY, YYYY-MM or YYYY-MM-DD): ${value.slice(0, 40)}`);
      return null;
    }
    return value;
  }

  /** A date that has happened: a founding or an observation cannot lie in the future. */
  pastDate(field: string, value: string | null | undefined): string | null {
    const date = this.date(field, value);
    if (date && date > new Date().toISOString().slice(0, date.length)) this.problem(field, `in the future: ${date}`);
    return date;
  }

  /** `from` must not come after `to`; partial dates compare by the period they start. */
  dateOrder(toField: string, from: string | null, to: string | null, fromField: string): void {
    if (from && to && to < from.slice(0, to.length)) this.problem(toField, `before ${fromField} (${from})`);
  }

  url(field: string, value: string | null | undefined, max: number): string | null {
    const text = this.optional(field, value, max);
    if (text !== null && !/^https?:\/\/\S+$/i.test(text))
      this.problem(field, `not an http(s) URL: ${text.slice(0, 80)}`);
    return text;
  }

  /** Other names: each with a language and a value; exact repeats dropped. */
  names(
    field: string,
    value: ReadonlyArray<{ language: string; value: string }> | null | undefined,
    max: number,
  ): LocalizedName[] | null {
    if (value == null) return null;
    const seen = new Set<string>();
    const names: LocalizedName[] = [];
    value.forEach((name, i) => {
      const language = this.language(`${field}[${i}].language`, name.language) ?? name.language;
      const text = this.required(`${field}[${i}].value`, name.value, max);
      const key = `${language}\u0000${text}`;
      if (!seen.has(key)) names.push({ language, value: text });
      seen.add(key);
    });
    return names;
  }

  /** A list of short texts (aliases): each non-empty; exact repeats dropped. */
  texts(field: string, value: readonly string[] | null | undefined, max: number): string[] | null {
    if (value == null) return null;
    const texts: string[] = [];
    value.forEach((item, i) => {
      const text = this.required(`${field}[${i}]`, item, max);
      if (!texts.includes(text)) texts.push(text);
    });
    return texts;
  }

  /**
   * The names and aliases fit their columns: the folded default name its sort column,
   * and all names and aliases together the JSON and search-text columns.
   */
  nameColumns(
    name: string,
    sortMax: number,
    names: readonly LocalizedName[] | null,
    aliases: readonly string[] | null,
  ): void {
    if (foldText(name).length > sortMax)
      this.problem('name', `too long once transliterated (at most ${sortMax} characters)`);
    if (names && names.length > 50) this.problem('names', `at most 50 names (got ${names.length})`);
    if (aliases && aliases.length > 100) this.problem('aliases', `at most 100 aliases (got ${aliases.length})`);
    const bytes = Buffer.byteLength(JSON.stringify([name, names ?? [], aliases ?? []]), 'utf8');
    if (bytes > 40000)
      this.problem(
        aliases?.length ? 'aliases' : 'names',
        `names and aliases too long in all (at most 40000 bytes, got ${bytes})`,
      );
  }

  source(source: ImportSource | null | undefined): void {
    this.problems.push(...checkImportSource(source));
  }
}

/** The result of one row before matching: rejected when its checks found problems. */
export function rowResult(
  source: ImportSource | null | undefined,
  index: number,
  problems: ImportProblem[],
): ImportRowResult {
  const row = source && Number.isSafeInteger(source.row) ? source.row : index + 1;
  return { row, id: null, outcome: problems.length ? 'REJECTED' : 'CREATED', matchedBy: null, problems: [...problems] };
}

/** Splits a list for IN lists of bounded length. */
export function chunked<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** True when two stored values say the same (JSON lists compared by content). */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Compares the columns a row can change: a record that differs in none is UNCHANGED (once its document is cited). */
export function sameColumns<T>(columns: ReadonlyArray<keyof T>): (before: T, after: T) => boolean {
  return (before, after) => columns.every((column) => sameValue(before[column], after[column]));
}

/** Each checked row as the import flow plans it; `next` builds the record of a row that is not rejected. */
export function plannedRows<
  T,
  R extends { input: { source: ImportSource }; result: ImportRowResult; stored: T | null },
>(rows: readonly R[], next: (row: R, id: string) => T): Array<PlannedRow<T>> {
  return rows.map((r) => ({
    result: r.result,
    source: r.input.source,
    before: r.stored,
    after: r.result.outcome === 'REJECTED' || !r.result.id ? null : next(r, r.result.id),
  }));
}
