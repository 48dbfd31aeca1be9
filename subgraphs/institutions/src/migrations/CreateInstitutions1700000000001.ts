import { createTablesMigration, indexedTable, tableColumn } from '@partnership-graph/shared';

/** Institutions, people, positions and memberships. */
export class CreateInstitutions1700000000001 extends createTablesMigration('CreateInstitutions1700000000001', () => [
  indexedTable(
    'institutions',
    [
      tableColumn.key(),
      tableColumn.varchar('name', 300),
      tableColumn.text('names'),
      tableColumn.varchar('acronym', 50, { nullable: true }),
      tableColumn.text('aliases'),
      tableColumn.varchar('kind', 40),
      tableColumn.varchar('sector', 200, { nullable: true }),
      tableColumn.varchar('country', 2, { nullable: true }),
      tableColumn.varchar('city', 120, { nullable: true }),
      tableColumn.varchar('website', 300, { nullable: true }),
      tableColumn.varchar('ror_id', 40, { nullable: true }),
      tableColumn.date('founded_on'),
      tableColumn.ref('parent_id', { nullable: true }),
      tableColumn.sortKey('sort_name', 300),
      tableColumn.searchText(),
    ],
    {
      kind: ['kind'],
      country: ['country'],
      parent: ['parent_id'],
      sort_name: ['sort_name'],
    },
  ),
  indexedTable(
    'people',
    [
      tableColumn.key(),
      tableColumn.varchar('name', 200),
      tableColumn.text('names'),
      tableColumn.text('aliases'),
      tableColumn.sortKey('sort_name', 200),
      tableColumn.searchText(),
    ],
    { sort_name: ['sort_name'] },
  ),
  indexedTable(
    'positions',
    [
      tableColumn.key(),
      tableColumn.ref('person_id'),
      tableColumn.ref('institution_id'),
      tableColumn.varchar('title', 200),
      tableColumn.date('since'),
      tableColumn.date('until'),
      tableColumn.date('observed_on'),
    ],
    { person: ['person_id'], institution: ['institution_id'] },
  ),
  indexedTable(
    'memberships',
    [
      tableColumn.key(),
      tableColumn.ref('member_id'),
      tableColumn.ref('organization_id'),
      tableColumn.varchar('role', 40),
      tableColumn.date('since'),
      tableColumn.date('until'),
      tableColumn.varchar('note', 500, { nullable: true }),
    ],
    { member: ['member_id'], organization: ['organization_id'] },
  ),
]) {}
