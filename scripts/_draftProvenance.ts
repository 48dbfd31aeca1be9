import { seedDocumentText, type SeedCheckRecord, type SeedClaim } from '@partnership-graph/shared';
import { institutionsSeedCheckRecords } from '../subgraphs/institutions/src/seed/seedCheckRecords';
import { agreementsSeedCheckRecords } from '../subgraphs/agreements/src/seed/seedCheckRecords';
import { talentSeedCheckRecords } from '../subgraphs/talent/src/seed/seedCheckRecords';
import { institutionsSeed } from '../subgraphs/institutions/src/seed/data';
import { agreementsSeed } from '../subgraphs/agreements/src/seed/data';
import fs from 'node:fs';

const loose = (t: string) => t.replace(/[“”„"«»‘’‚']/g, '').replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase().normalize('NFC');
const langName: Record<string, string> = { az: 'Azerbaijani', tr: 'Turkish', en: 'English', de: 'German', zh: 'Chinese' };
const kindWords: Record<string, RegExp> = {
  UNIVERSITY: /universit/i, GOVERNMENT_AGENCY: /agency|agentur/i, MINISTRY: /ministry/i,
  INNOVATION_CENTER: /innovation cent|innovationszentrum|innovasiyalar mərkəzi/i, ALLIANCE: /alliance/i,
  TECHNOLOGY_TRANSFER_OFFICE: /technology transfer office/i, BRANCH: /branch/i, PRODUCTION_COMPLEX: /production complex/i,
  ENTERPRISE: /enterprise/i, COMPANY: /llc|company|asc|gmbh/i, TECHNOPARK: /technopark/i, BUSINESS_ASSOCIATION: /confederation|bundesverband/i,
};

function draft(records: SeedCheckRecord[], extra: (r: SeedCheckRecord) => { names?: { language: string; value: string }[]; kind?: string; descriptive?: boolean }) {
  const out: Record<string, { stated: Record<string, string[]>; claims: SeedClaim[] }> = {};
  for (const r of records) {
    const x = extra(r);
    const stated: Record<string, string[]> = {};
    const claims: SeedClaim[] = [];
    const type = r.recordKey.split(':')[0];
    const statedEls = new Map<string, Set<string>>();
    for (const c of r.citations) {
      const doc = seedDocumentText(c.sourceId);
      const fields: string[] = [];
      if (!doc) { stated[c.sourceId] = []; continue; }
      const ld = loose(doc);
      for (const [field, v] of Object.entries(r.values)) {
        if (!v) continue;
        if (type === 'institution' && ['sector', 'country', 'city', 'kind'].includes(field)) continue;
        if (field === 'observedDates') continue;
        if (field === 'title' && x.descriptive) continue;
        if (type.endsWith('program') && field === 'description') continue;
        if ('text' in v) {
          const pieces = v.text.flatMap((t) => t.split(' … '));
          const found = pieces.filter((t) => ld.includes(loose(t)));
          if (found.length) { fields.push(field); const s = statedEls.get(field) ?? new Set(); found.forEach((f) => s.add(f)); statedEls.set(field, s); }
        } else if ('date' in v) { if (doc.includes(v.date.slice(0, 4))) fields.push(field); }
        else if (c.quote) fields.push(field);
      }
      stated[c.sourceId] = fields.sort();
    }
    const anyStated = (f: string) => Object.values(stated).some((l) => l.includes(f));
    for (const [field, v] of Object.entries(r.values)) {
      if (!v) continue;
      if ('text' in v) {
        const s = statedEls.get(field) ?? new Set();
        for (const el of v.text) {
          if (el.split(' … ').every((p) => s.has(p))) continue;
          if (type === 'institution' && field === 'sector') { claims.push({ field, basis: 'EDITORIAL', reason: 'General knowledge: the field the institution works in; no document states it.' }); continue; }
          if (type === 'institution' && field === 'city') {
            const named = [...(x.names ?? []).map((n) => n.value)].some((n) => n.includes(el));
            claims.push(named ? { field, basis: 'INFERRED', rule: 'The city is in the name the document gives.' } : { field, basis: 'EDITORIAL', reason: 'General knowledge: where the institution is; no document states it.' });
            continue;
          }
          if (field === 'title' && x.descriptive) { claims.push({ field, basis: 'EDITORIAL', reason: 'No document names it: the title describes it, in English.' }); continue; }
          if (field === 'description' && type.endsWith('program')) { claims.push({ field, basis: 'EDITORIAL', reason: "The editors' summary, in English, of what the document says and leaves open." }); continue; }
          if (field === 'names') {
            const lang = x.names?.find((n) => n.value === el)?.language ?? '?';
            claims.push({ field, value: el, basis: 'EDITORIAL', reason: `The name in ${langName[lang] ?? lang} (general knowledge); the documents do not use it.` });
            continue;
          }
          if (field === 'aliases') { claims.push({ field, value: el, basis: 'EDITORIAL', reason: 'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.' }); continue; }
          if (field === 'acronym') { claims.push({ field, basis: 'EDITORIAL', reason: 'The usual acronym (general knowledge); the documents do not use it.' }); continue; }
          claims.push({ field, ...(v.text.length > 1 ? { value: el } : {}), basis: 'EDITORIAL', reason: 'TODO' });
        }
      } else if (type === 'institution' && field === 'country') {
        const az = (x.names ?? []).some((n) => /azerbaijan|azərbaycan|aserbaidschan/i.test(n.value));
        claims.push(az ? { field, basis: 'INFERRED', rule: 'The name says Azerbaijan.' } : { field, basis: 'EDITORIAL', reason: 'General knowledge: the country the institution is in; no document states it.' });
      } else if (type === 'institution' && field === 'kind') {
        const re = kindWords[x.kind ?? ''];
        const named = re && (x.names ?? []).some((n) => re.test(n.value));
        if (named) { const src = r.citations.find((c) => c.quote)?.sourceId; if (src) stated[src] = [...stated[src], 'kind'].sort(); }
        else claims.push({ field, basis: 'EDITORIAL', reason: 'TODO kind' });
      } else if (field === 'observedDates') {
        claims.push({ field, basis: 'INFERRED', rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.' });
      } else if (!anyStated(field)) claims.push({ field, basis: 'EDITORIAL', reason: 'TODO' });
    }
    out[r.recordKey] = { stated, claims };
  }
  return out;
}

const instNames = new Map(institutionsSeed.institutions.map((i) => [`institution:${i.id}`, { names: [...i.names, { language: 'x', value: i.name }, ...i.aliases.map((a) => ({ language: 'alias', value: a }))], kind: i.kind }]));
const personNames = new Map(institutionsSeed.people.map((p) => [`person:${p.id}`, { names: p.names }]));
const descr = new Map([...agreementsSeed.agreements.map((a) => [`agreement:${a.id}`, a.titleIsDescriptive] as const), ...agreementsSeed.events.map((a) => [`event:${a.id}`, a.titleIsDescriptive] as const)]);
const write = (name: string, v: string, data: unknown) => fs.writeFileSync(`/tmp/provgen/${name}.ts`, `import type { SeedProvenance } from '@partnership-graph/shared';\n\nexport const ${v}: SeedProvenance = ${JSON.stringify(data, null, 2)};\n`);
write('institutions', 'institutionsProvenance', draft(institutionsSeedCheckRecords(), (r) => instNames.get(r.recordKey) ?? personNames.get(r.recordKey) ?? {}));
write('agreements', 'agreementsProvenance', draft(agreementsSeedCheckRecords(), (r) => ({ descriptive: descr.get(r.recordKey) })));
write('talent', 'talentProvenance', draft(talentSeedCheckRecords(), () => ({ descriptive: true })));
