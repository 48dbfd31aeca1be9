import type { SeedCheckRecord, SeedValue } from '../seed/seedValues';

export interface SeedCheckProblem {
  recordKey: string;
  field: string | null;
  problem: string;
}

const spaces = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();
/** For words a document must contain: case, quote marks and spacing do not count. */
const loose = (text: string) =>
  spaces(text.replace(/[“”„"«»‘’‚']/g, ''))
    .toLowerCase()
    .normalize('NFC');

/** The parts of a text value a document must contain: passages joined with " … " are held one by one. */
function passages(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(' … ')).filter((v) => v.trim() !== '');
}

/** The elements of a list value a claim can name. */
function elementsOf(value: SeedValue): readonly string[] {
  if ('text' in value) return value.text;
  return 'elements' in value ? (value.elements ?? []) : [];
}

/** True when the value has something to state. */
function present(value: SeedValue | null | undefined): value is SeedValue {
  return value != null && (!('text' in value) || value.text.length > 0);
}

/**
 * The seed check: every quote is verbatim in its document's text; every value has a
 * basis (a citation whose source states the field, or an INFERRED/EDITORIAL claim); and
 * no citation says its source states a value the document does not contain. `documentText`
 * gives a document's text, or null for a document the project keeps no text of (then
 * its citations may state no field).
 */
export function checkSeedProvenance(
  records: readonly SeedCheckRecord[],
  documentText: (sourceId: string) => string | null,
): SeedCheckProblem[] {
  const problems: SeedCheckProblem[] = [];
  const texts = new Map<string, { exact: string; loose: string } | null>();
  const textOf = (id: string) => {
    if (!texts.has(id)) {
      const text = documentText(id);
      texts.set(id, text === null ? null : { exact: spaces(text), loose: loose(text) });
    }
    return texts.get(id)!;
  };
  for (const record of records) {
    const report = (field: string | null, problem: string) =>
      problems.push({ recordKey: record.recordKey, field, problem });
    /** Elements (or the whole field, '') each declaring document states, per field. */
    const stated = new Map<string, Set<string>>();
    for (const citation of record.citations) {
      const text = textOf(citation.sourceId);
      if (citation.quote != null) {
        if (!text) report(null, `quotes ${citation.sourceId}, whose text the project does not keep`);
        else if (!text.exact.includes(spaces(citation.quote)))
          report(null, `quote not verbatim in ${citation.sourceId}: "${citation.quote.slice(0, 80)}"`);
      }
      for (const field of citation.fields ?? []) {
        const value = record.values[field];
        if (!present(value)) {
          report(field, `${citation.sourceId} is declared to state it, but the record holds no value`);
          continue;
        }
        if (!text) {
          report(field, `${citation.sourceId} is declared to state it, but the project keeps no text of it`);
          continue;
        }
        const covered = stated.get(field) ?? new Set<string>();
        stated.set(field, covered);
        if ('text' in value) {
          const found = passages(value.text).filter((v) => text.loose.includes(loose(v)));
          if (!found.length)
            report(field, `${citation.sourceId} does not contain any of: ${passages(value.text).join(' | ')}`);
          for (const v of found) covered.add(v);
        } else if ('date' in value) {
          if (!text.exact.includes(value.date.slice(0, 4)))
            report(field, `${citation.sourceId} does not contain the year of ${value.date}`);
          else covered.add('');
        } else if (citation.quote == null) {
          report(field, `${citation.sourceId} states it without a quote`);
        } else covered.add('');
      }
    }
    for (const claim of record.claims) {
      const value = record.values[claim.field];
      if (!present(value)) report(claim.field, `a ${claim.basis} claim for a field that holds no value`);
      else if (claim.value !== undefined && !elementsOf(value).includes(claim.value))
        report(claim.field, `a ${claim.basis} claim for "${claim.value}", which the field does not hold`);
      const why = claim.basis === 'INFERRED' ? claim.rule : claim.reason;
      if (!why?.trim())
        report(claim.field, `a ${claim.basis} claim without its ${claim.basis === 'INFERRED' ? 'rule' : 'reason'}`);
    }
    for (const [field, value] of Object.entries(record.values)) {
      if (!present(value)) continue;
      const claims = record.claims.filter((c) => c.field === field);
      if (claims.some((c) => c.value === undefined)) continue;
      const covered = stated.get(field);
      if ('text' in value) {
        for (const element of value.text) {
          const pieces = passages([element]);
          const ok =
            claims.some((c) => c.value === element) ||
            (covered !== undefined && pieces.length > 0 && pieces.every((p) => covered.has(p)));
          if (!ok)
            report(
              field,
              `"${element.slice(0, 80)}" has no basis: no citing document states it and no claim covers it`,
            );
        }
      } else if (!covered?.size)
        report(field, 'has no basis: no citing document is declared to state it and no claim covers it');
    }
  }
  return problems;
}
