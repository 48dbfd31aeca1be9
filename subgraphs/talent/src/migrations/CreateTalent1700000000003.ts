import { Table, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

const id = (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '64', isPrimary: true });
const ref = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '64',
  isNullable: nullable,
});
const date = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '10', isNullable: true });
const status: TableColumnOptions = { name: 'status', type: 'varchar', length: '20' };
const version: TableColumnOptions = { name: 'version', type: 'integer', default: 1 };
const createdAt: TableColumnOptions = { name: 'created_at', type: 'varchar', length: '24' };

/** Internship, thesis and training programmes, their individual records, and students. */
export class CreateTalent1700000000003 implements MigrationInterface {
  name = 'CreateTalent1700000000003';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'internship_programs',
        columns: [
          id(),
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'description', type: 'varchar', length: '2000', isNullable: true },
          ref('host_id', true),
          { name: 'levels', type: 'varchar', length: '200' },
          { name: 'areas', type: 'text' },
          { name: 'seats', type: 'integer', isNullable: true },
          date('starts_on'),
          date('ends_on'),
          status,
          ref('agreement_id', true),
          version,
          { name: 'sort_title', type: 'varchar', length: '300' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_internship_programs_host', columnNames: ['host_id'] }),
          new TableIndex({ name: 'idx_internship_programs_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_internship_programs_agreement', columnNames: ['agreement_id'] }),
          new TableIndex({ name: 'idx_internship_programs_sort_title', columnNames: ['sort_title'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'internship_program_universities',
        columns: [id('program_id'), id('institution_id')],
        indices: [
          new TableIndex({ name: 'idx_internship_program_universities_institution', columnNames: ['institution_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'internships',
        columns: [
          id(),
          ref('program_id'),
          ref('student_id'),
          { name: 'level', type: 'varchar', length: '20' },
          date('starts_on'),
          date('ends_on'),
          status,
          version,
          createdAt,
        ],
        indices: [
          new TableIndex({ name: 'idx_internships_program_created', columnNames: ['program_id', 'created_at'] }),
          new TableIndex({ name: 'idx_internships_student', columnNames: ['student_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'thesis_programs',
        columns: [
          id(),
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'description', type: 'varchar', length: '2000', isNullable: true },
          ref('university_id'),
          ref('industry_partner_id', true),
          { name: 'levels', type: 'varchar', length: '200' },
          { name: 'areas', type: 'text' },
          date('starts_on'),
          date('ends_on'),
          status,
          ref('agreement_id', true),
          version,
          { name: 'sort_title', type: 'varchar', length: '300' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_thesis_programs_university', columnNames: ['university_id'] }),
          new TableIndex({ name: 'idx_thesis_programs_industry_partner', columnNames: ['industry_partner_id'] }),
          new TableIndex({ name: 'idx_thesis_programs_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_thesis_programs_agreement', columnNames: ['agreement_id'] }),
          new TableIndex({ name: 'idx_thesis_programs_sort_title', columnNames: ['sort_title'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'theses',
        columns: [
          id(),
          ref('program_id'),
          ref('student_id'),
          { name: 'title', type: 'varchar', length: '500' },
          { name: 'level', type: 'varchar', length: '20' },
          { name: 'year', type: 'integer' },
          ref('academic_supervisor_id'),
          ref('industry_supervisor_id'),
          status,
          version,
          createdAt,
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_theses_program_created', columnNames: ['program_id', 'created_at'] }),
          new TableIndex({ name: 'idx_theses_student', columnNames: ['student_id'] }),
          new TableIndex({ name: 'idx_theses_academic_supervisor', columnNames: ['academic_supervisor_id'] }),
          new TableIndex({ name: 'idx_theses_industry_supervisor', columnNames: ['industry_supervisor_id'] }),
          new TableIndex({ name: 'idx_theses_created', columnNames: ['created_at'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_programs',
        columns: [
          id(),
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'description', type: 'varchar', length: '2000', isNullable: true },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'audience', type: 'varchar', length: '500', isNullable: true },
          { name: 'areas', type: 'text' },
          { name: 'seats', type: 'integer', isNullable: true },
          date('starts_on'),
          date('ends_on'),
          status,
          ref('agreement_id', true),
          version,
          { name: 'sort_title', type: 'varchar', length: '300' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_training_programs_kind', columnNames: ['kind'] }),
          new TableIndex({ name: 'idx_training_programs_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_training_programs_agreement', columnNames: ['agreement_id'] }),
          new TableIndex({ name: 'idx_training_programs_sort_title', columnNames: ['sort_title'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_program_providers',
        columns: [id('program_id'), id('institution_id')],
        indices: [
          new TableIndex({ name: 'idx_training_program_providers_institution', columnNames: ['institution_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'training_enrollments',
        columns: [
          id(),
          ref('program_id'),
          ref('student_id'),
          date('starts_on'),
          date('ends_on'),
          status,
          version,
          createdAt,
        ],
        indices: [
          new TableIndex({
            name: 'idx_training_enrollments_program_created',
            columnNames: ['program_id', 'created_at'],
          }),
          new TableIndex({ name: 'idx_training_enrollments_student', columnNames: ['student_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'students',
        columns: [
          id(),
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          ref('university_id', true),
          createdAt,
        ],
        indices: [new TableIndex({ name: 'idx_students_university', columnNames: ['university_id'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'students',
      'training_enrollments',
      'training_program_providers',
      'training_programs',
      'theses',
      'thesis_programs',
      'internships',
      'internship_program_universities',
      'internship_programs',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
