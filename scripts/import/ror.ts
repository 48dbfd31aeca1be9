import { FileProblem, parseJsonFile, type InputRow } from './rowInputs';

/**
 * ROR v2 records (https://ror.readme.io/v2/docs/data-structure) as institution rows:
 * the display name and its language, other labels with theirs, acronyms, aliases, the
 * type mapped to a kind, the first location's country and city, the website, the
 * founding year and the parent (from a `parent` relationship, or another record's
 * `child` one). The record itself is the source: ROR is the publisher, its URL the link.
 */
interface RorName {
  value: string;
  types: string[];
  lang?: string | null;
}

interface RorRecord {
  id: string;
  names?: RorName[];
  types?: string[];
  status?: string;
  established?: number | null;
  links?: Array<{ type: string; value: string }>;
  locations?: Array<{ geonames_details?: { name?: string; country_code?: string } }>;
  relationships?: Array<{ type: string; id: string }>;
  admin?: { last_modified?: { date?: string } };
}

/** ROR's organisation types, as this graph's institution kinds. */
export const rorTypeKinds: Readonly<Record<string, string>> = {
  education: 'UNIVERSITY',
  company: 'COMPANY',
  government: 'GOVERNMENT_AGENCY',
  facility: 'RESEARCH_CENTER',
  funder: 'OTHER',
  healthcare: 'OTHER',
  nonprofit: 'OTHER',
  archive: 'OTHER',
  other: 'OTHER',
};

export function rowsFromRor(text: string, fileName: string): InputRow[] {
  const data = parseJsonFile(text, fileName);
  // A single record, an array of records, or an API answer ({ items: [...] }).
  const records: unknown[] = Array.isArray(data)
    ? data
    : Array.isArray((data as { items?: unknown[] })?.items)
      ? (data as { items: unknown[] }).items
      : [data];
  if (!records.length) throw new FileProblem(`${fileName}: no ROR records in the file: nothing to import`);
  const parentOf = new Map<string, string>();
  for (const record of records as RorRecord[]) {
    for (const relation of record?.relationships ?? [])
      if (relation.type === 'child') parentOf.set(relation.id, record.id);
  }
  return records.map((item, index) => {
    const row = index + 1;
    const record = item as RorRecord;
    if (!record || typeof record !== 'object' || typeof record.id !== 'string' || !Array.isArray(record.names)) {
      return {
        row,
        input: {},
        problems: [{ field: '(row)', reason: 'not a ROR v2 record (it needs "id" and "names")' }],
        original: item,
      };
    }
    const problems =
      record.status && record.status !== 'active'
        ? [{ field: 'status', reason: `the ROR record is ${record.status}, not active` }]
        : [];
    const withType = (type: string) => record.names!.filter((n) => n.types?.includes(type));
    const display = withType('ror_display')[0] ?? withType('label')[0] ?? record.names[0];
    const labels = withType('label').filter((n) => n !== display && n.lang);
    const acronyms = withType('acronym').map((n) => n.value);
    const location = record.locations?.[0]?.geonames_details;
    const parent = record.relationships?.find((r) => r.type === 'parent')?.id ?? parentOf.get(record.id);
    const input: Record<string, unknown> = {
      rorId: record.id,
      name: display?.value,
      nameLanguage: display?.lang ?? 'en',
      names: labels.map((n) => ({ language: n.lang, value: n.value })),
      acronym: acronyms[0] ?? null,
      aliases: [...withType('alias').map((n) => n.value), ...acronyms.slice(1)],
      kind: rorTypeKinds[record.types?.[0] ?? 'other'] ?? 'OTHER',
      country: location?.country_code ?? null,
      city: location?.name ?? null,
      website: record.links?.find((l) => l.type === 'website')?.value ?? null,
      foundedOn: record.established ? String(record.established) : null,
      parentRorId: parent ?? null,
      source: {
        title: `ROR record of ${display?.value ?? record.id}`,
        publisher: 'Research Organization Registry (ROR)',
        url: record.id,
        publishedOn: record.admin?.last_modified?.date ?? null,
        language: 'en',
      },
    };
    for (const key of Object.keys(input)) if (input[key] === null) delete input[key];
    return { row, input, problems, original: item };
  });
}
