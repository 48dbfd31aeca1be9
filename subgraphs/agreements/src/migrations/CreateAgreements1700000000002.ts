import { createTablesMigration, indexedTable, tableColumn } from '@partnership-graph/shared';
import type { TableColumnOptions } from 'typeorm';

const position = tableColumn.integer('position');
const titleIsDescriptive: TableColumnOptions = { name: 'title_is_descriptive', type: 'boolean' };
const kind = tableColumn.varchar('kind', 40);
const description = tableColumn.varchar('description', 2000, { nullable: true });
/** What every titled record ends with (see TitledRecord). */
const folded = [tableColumn.lockVersion(), tableColumn.sortKey('sort_title', 300), tableColumn.searchText()];

/** Agreements with their parties and commitments; events with their participants and speakers. */
export class CreateAgreements1700000000002 extends createTablesMigration('CreateAgreements1700000000002', () => [
  indexedTable(
    'agreements',
    [
      tableColumn.key(),
      tableColumn.varchar('title', 300),
      titleIsDescriptive,
      kind,
      tableColumn.varchar('status', 20),
      description,
      tableColumn.date('signed_on'),
      tableColumn.date('valid_from'),
      tableColumn.date('valid_until'),
      tableColumn.text('areas'),
      tableColumn.text('area_keys'),
      ...folded,
    ],
    {
      kind: ['kind'],
      status: ['status'],
      signed_on: ['signed_on'],
      sort_title: ['sort_title'],
    },
  ),
  indexedTable(
    'agreement_parties',
    [
      tableColumn.key('agreement_id'),
      tableColumn.key('institution_id'),
      tableColumn.varchar('role', 40, { nullable: true }),
      tableColumn.ref('signatory_id', { nullable: true }),
      position,
    ],
    {
      institution: ['institution_id'],
      signatory: ['signatory_id'],
    },
  ),
  indexedTable('agreement_commitments', [
    tableColumn.key('agreement_id'),
    { ...position, isPrimary: true },
    kind,
    description,
  ]),
  indexedTable(
    'events',
    [
      tableColumn.key(),
      tableColumn.varchar('title', 300),
      titleIsDescriptive,
      kind,
      description,
      tableColumn.date('starts_on'),
      tableColumn.date('ends_on'),
      { name: 'online', type: 'boolean', isNullable: true },
      tableColumn.varchar('location', 300, { nullable: true }),
      tableColumn.varchar('attendance', 1000, { nullable: true }),
      tableColumn.text('topics'),
      tableColumn.text('decisions'),
      ...folded,
    ],
    { kind: ['kind'], starts_on: ['starts_on'], sort_title: ['sort_title'] },
  ),
  indexedTable(
    'event_participants',
    [
      tableColumn.key('event_id'),
      tableColumn.key('institution_id'),
      { ...tableColumn.varchar('role', 20), isPrimary: true },
      position,
    ],
    { institution: ['institution_id'] },
  ),
  indexedTable(
    'event_speakers',
    [
      tableColumn.key('event_id'),
      tableColumn.key('person_id'),
      tableColumn.ref('institution_id', { nullable: true }),
      tableColumn.varchar('role', 200, { nullable: true }),
      tableColumn.varchar('contribution', 2000, { nullable: true }),
      position,
    ],
    { person: ['person_id'], institution: ['institution_id'] },
  ),
]) {}
