import { ID_PATTERN, seedSources } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { institutionsSeed } from '../seed/data';
import { seedInstitutions } from '../seed/seed';
import { openFixture } from './fixture';

describe('the institutions seed dataset', () => {
  const { institutions, people, positions, memberships } = institutionsSeed;
  const institutionIds = new Set(institutions.map((i) => i.id));
  const personIds = new Set(people.map((p) => p.id));
  const sourceIds = new Set(seedSources.map((s) => s.id));

  it('names at least 25 institutions, each with a unique, well-formed id', () => {
    expect(institutions.length).toBeGreaterThanOrEqual(25);
    expect(institutionIds.size).toBe(institutions.length);
    for (const { id } of [...institutions, ...people, ...positions, ...memberships]) expect(id).toMatch(ID_PATTERN);
  });

  it('cites a known source for every institution, person, position and membership', () => {
    for (const record of [...institutions, ...people, ...positions, ...memberships]) {
      expect(record.sources.length).toBeGreaterThan(0);
      for (const citation of record.sources) expect(sourceIds.has(citation.sourceId)).toBe(true);
    }
  });

  it('refers only to records that exist', () => {
    for (const i of institutions) if (i.parentId) expect(institutionIds.has(i.parentId)).toBe(true);
    for (const p of positions) {
      expect(personIds.has(p.personId)).toBe(true);
      expect(institutionIds.has(p.institutionId)).toBe(true);
    }
    for (const m of memberships) {
      expect(institutionIds.has(m.memberId)).toBe(true);
      expect(institutionIds.has(m.organizationId)).toBe(true);
    }
  });

  it('keeps Azerbaijani letters in Azerbaijani names', () => {
    const azNames = institutions.flatMap((i) => i.names.filter((n) => n.language === 'az').map((n) => n.value));
    expect(azNames.join(' ')).toMatch(/[əışğçöü]/);
    expect(institutions.find((i) => i.id === 'azerishiq')?.names.some((n) => n.value.includes('Azərişıq'))).toBe(true);
  });

  it('stores dates only with the precision the sources give', () => {
    const dates = [
      ...institutions.map((i) => i.foundedOn),
      ...positions.flatMap((p) => [p.since, p.until, p.formerOn ?? null, ...p.observedDates]),
      ...memberships.flatMap((m) => [m.since, m.until]),
    ].filter((d): d is string => d !== null);
    for (const date of dates) expect(date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

describe.each(testDatabases())('seeding on $label', (database) => {
  it('is idempotent: a second run creates and updates nothing', async () => {
    const fixture = await openFixture(database);
    try {
      const second = await seedInstitutions(fixture.dataSource);
      for (const table of Object.values(second)) {
        expect(table.created).toBe(0);
        expect(table.updated).toBe(0);
      }
      expect(second.institutions.unchanged).toBe(institutionsSeed.institutions.length);
    } finally {
      await fixture.close();
    }
  });
});
