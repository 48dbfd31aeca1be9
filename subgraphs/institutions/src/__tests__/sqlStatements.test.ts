import { readCacheTtlMs, setReadCacheTtl } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { Institution } from '../entities/Institution';
import { Membership } from '../entities/Membership';
import { Person } from '../entities/Person';
import { Position } from '../entities/Position';
import { positionRecord } from '../positions/positionRecord';
import { institutionDerivedColumns } from '../repositories/InstitutionRepository';
import { openFixture, type InstitutionsFixture } from './fixture';

/** Synthetic rows (ids start with "synthetic-") for this test's own database only. */
async function insertSyntheticInstitutions(fx: InstitutionsFixture, count: number): Promise<void> {
  const manager = fx.dataSource.manager;
  const base = (id: string, name: string, parentId: string | null): Institution => {
    const values = { name, names: [{ language: 'en', value: name }], acronym: null, aliases: [], foundedOn: null };
    return Object.assign(new Institution(), {
      id,
      ...values,
      kind: 'UNIVERSITY',
      sector: null,
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      parentId,
      ...institutionDerivedColumns(values),
    });
  };
  const institutions: Institution[] = [base('synthetic-alliance', 'synthetic alliance', null)];
  const people: Person[] = [];
  const positions: Position[] = [];
  const memberships: Membership[] = [];
  for (let i = 0; i < count; i++) {
    const id = `synthetic-${String(i).padStart(3, '0')}`;
    institutions.push(base(id, `synthetic university ${i}`, null), base(`${id}-unit`, `synthetic unit ${i}`, id));
    people.push(
      Object.assign(new Person(), {
        id: `${id}-rector`,
        name: `Rector ${i}`,
        names: [],
        aliases: [],
        sortName: `rector ${i}`,
        searchText: '|',
      }),
    );
    positions.push(
      positionRecord({
        id: `${id}-pos`,
        personId: `${id}-rector`,
        institutionId: id,
        title: 'Rector',
        since: null,
        until: null,
        observedDates: [],
        former: false,
        formerOn: null,
      }),
    );
    memberships.push(
      Object.assign(new Membership(), {
        id: `${id}-mem`,
        memberId: id,
        organizationId: 'synthetic-alliance',
        role: 'MEMBER',
        since: null,
        until: null,
        note: null,
      }),
    );
  }
  await manager.insert(Institution, institutions);
  await manager.insert(Person, people);
  await manager.insert(Position, positions);
  await manager.insert(Membership, memberships);
}

const pageQuery = `query($first: Int) {
  institutions(first: $first, filter: { search: "synthetic university" }) {
    totalCount
    nodes {
      id name parent { id }
      units { id name }
      memberships { role organization { name } }
      positions { title person { name positions { id } } }
      sources { id }
    }
  }
}`;

describe.each(testDatabases())('SQL statements per request on $label', (database) => {
  // What one request costs, not what the aggregate cache saves a repeated one.
  beforeAll(() => setReadCacheTtl(0));
  afterAll(() => setReadCacheTtl(readCacheTtlMs()));
  let fx: InstitutionsFixture;
  beforeAll(async () => {
    fx = await openFixture(database, { seed: false });
    await insertSyntheticInstitutions(fx, 60);
  });
  afterAll(() => fx.close());

  async function statementsFor(first: number): Promise<number> {
    fx.sql.reset();
    const { data, errors } = await fx.query(pageQuery, { first });
    expect(errors).toBeUndefined();
    expect(data?.institutions.nodes).toHaveLength(first);
    expect(data?.institutions.nodes[0].units).toHaveLength(1);
    expect(data?.institutions.nodes[0].positions[0].person.name).toMatch(/^Rector/);
    return fx.sql.count;
  }

  it('a page of 50 institutions with units, memberships and positions costs what a page of 5 does', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    console.log(`institutions page: ${five} statements for 5, ${fifty} for 50`);
    expect(fifty).toBe(five);
    // page + count + one batch per relation (units, memberships, organisations, positions, people, their positions, sources)
    expect(fifty).toBeLessThanOrEqual(10);
  });
});
