import { CreateTablesMigration, tableColumn, tableIndexes } from '@partnership-graph/shared';
import { Table, type TableColumnOptions } from 'typeorm';

const status = tableColumn.varchar('status', 20);
const createdAt = tableColumn.varchar('created_at', 24);
const levels = tableColumn.varchar('levels', 200);
const seats = tableColumn.integer('seats', { nullable: true });

/**
 * A programme table (see ProgramRecord): the type's own columns go after the description
 * (`described`) and after the areas (`listed`); its own indexes come first.
 */
function programTable(
  name: string,
  columns: { described: TableColumnOptions[]; listed: TableColumnOptions[] },
  indexes: Record<string, string[]>,
): Table {
  return new Table({
    name,
    columns: [
      tableColumn.key(),
      tableColumn.varchar('title', 300),
      tableColumn.varchar('description', 2000, { nullable: true }),
      ...columns.described,
      tableColumn.text('areas'),
      ...columns.listed,
      tableColumn.date('starts_on'),
      tableColumn.date('ends_on'),
      status,
      tableColumn.ref('agreement_id', { nullable: true }),
      tableColumn.lockVersion(),
      tableColumn.sortKey('sort_title', 300),
      tableColumn.searchText(),
    ],
    indices: tableIndexes(name, {
      ...indexes,
      status: ['status'],
      agreement: ['agreement_id'],
      sort_title: ['sort_title'],
    }),
  });
}

/** A participation table (see ParticipationRecord), the type's own columns after the student. */
function participationTable(
  name: string,
  columns: { own: TableColumnOptions[]; trailing?: TableColumnOptions[] },
  indexes: Record<string, string[]> = {},
): Table {
  return new Table({
    name,
    columns: [
      tableColumn.key(),
      tableColumn.ref('program_id'),
      tableColumn.ref('student_id'),
      ...columns.own,
      status,
      tableColumn.lockVersion(),
      createdAt,
      ...(columns.trailing ?? []),
    ],
    indices: tableIndexes(name, {
      program_created: ['program_id', 'created_at'],
      student: ['student_id'],
      ...indexes,
    }),
  });
}

/** A programme's institutions (universities, providers): one row per pair. */
function programInstitutionsTable(name: string): Table {
  return new Table({
    name,
    columns: [tableColumn.key('program_id'), tableColumn.key('institution_id')],
    indices: tableIndexes(name, { institution: ['institution_id'] }),
  });
}

const dated = [tableColumn.date('starts_on'), tableColumn.date('ends_on')];

/** Internship, thesis and training programmes, their individual records, and students. */
export class CreateTalent1700000000003 extends CreateTablesMigration {
  name = 'CreateTalent1700000000003';

  protected tables(): Table[] {
    return [
      programTable(
        'internship_programs',
        { described: [tableColumn.ref('host_id', { nullable: true }), levels], listed: [seats] },
        { host: ['host_id'] },
      ),
      programInstitutionsTable('internship_program_universities'),
      participationTable('internships', { own: [tableColumn.varchar('level', 20), ...dated] }),
      programTable(
        'thesis_programs',
        {
          described: [
            tableColumn.ref('university_id'),
            tableColumn.ref('industry_partner_id', { nullable: true }),
            levels,
          ],
          listed: [],
        },
        { university: ['university_id'], industry_partner: ['industry_partner_id'] },
      ),
      participationTable(
        'theses',
        {
          own: [
            tableColumn.varchar('title', 500),
            tableColumn.varchar('level', 20),
            tableColumn.integer('year'),
            tableColumn.ref('academic_supervisor_id'),
            tableColumn.ref('industry_supervisor_id'),
          ],
          trailing: [tableColumn.searchText()],
        },
        {
          academic_supervisor: ['academic_supervisor_id'],
          industry_supervisor: ['industry_supervisor_id'],
          created: ['created_at'],
        },
      ),
      programTable(
        'training_programs',
        {
          described: [tableColumn.varchar('kind', 40), tableColumn.varchar('audience', 500, { nullable: true })],
          listed: [seats],
        },
        { kind: ['kind'] },
      ),
      programInstitutionsTable('training_program_providers'),
      participationTable('training_enrollments', { own: dated }),
      new Table({
        name: 'students',
        columns: [
          tableColumn.key(),
          tableColumn.varchar('name', 200),
          tableColumn.varchar('email', 254, { nullable: true }),
          tableColumn.ref('university_id', { nullable: true }),
          createdAt,
        ],
        indices: tableIndexes('students', { university: ['university_id'] }),
      }),
    ];
  }
}
