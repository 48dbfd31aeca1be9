import { seedCheckRecorder, seedValues, type SeedCheckRecord } from '@partnership-graph/shared';
import { institutionsSeed } from './data';
import { institutionsProvenance } from './provenance';
import type { InstitutionsSeed } from './types';

const { text, date, fact } = seedValues;

/** The seed's records with their values by GraphQL field, their citations (with stated fields) and claims. */
export function institutionsSeedCheckRecords(seed: InstitutionsSeed = institutionsSeed): SeedCheckRecord[] {
  const record = seedCheckRecorder(institutionsProvenance);
  return [
    ...seed.institutions.map((i) =>
      record('institution', i, {
        name: text(i.name),
        names: text(...i.names.map((n) => n.value)),
        acronym: text(i.acronym),
        aliases: text(...i.aliases),
        kind: fact(i.kind),
        sector: text(i.sector),
        country: fact(i.country),
        city: text(i.city),
        website: text(i.website),
        rorId: text(i.rorId),
        foundedOn: date(i.foundedOn),
        parent: fact(i.parentId),
        description: text(i.description),
        memberCount: text(i.memberCount == null ? null : String(i.memberCount)),
        memberCountryCount: text(i.memberCountryCount == null ? null : String(i.memberCountryCount)),
      }),
    ),
    ...seed.people.map((p) =>
      record('person', p, {
        name: text(p.name),
        names: text(...p.names.map((n) => n.value)),
        aliases: text(...p.aliases),
        academicTitles: text(...(p.academicTitles ?? [])),
      }),
    ),
    ...seed.positions.map((p) =>
      record('position', p, {
        person: fact(p.personId),
        institution: fact(p.institutionId),
        title: text(p.title),
        since: date(p.since),
        until: date(p.until),
        observedDates: fact(p.observedDates),
        former: fact(p.former),
      }),
    ),
    ...seed.memberships.map((m) =>
      record('membership', m, {
        member: fact(m.memberId),
        organization: fact(m.organizationId),
        role: fact(m.role),
        since: date(m.since),
        until: date(m.until),
        note: text(m.note),
      }),
    ),
  ];
}
