import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Agreements with their parties and commitments; events with their participants and speakers. */
export class CreateAgreements1700000000002 implements MigrationInterface {
  name = 'CreateAgreements1700000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'agreements',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'title_is_descriptive', type: 'boolean' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'description', type: 'varchar', length: '2000', isNullable: true },
          { name: 'signed_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'valid_from', type: 'varchar', length: '10', isNullable: true },
          { name: 'valid_until', type: 'varchar', length: '10', isNullable: true },
          { name: 'areas', type: 'text' },
          { name: 'area_keys', type: 'text' },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'sort_title', type: 'varchar', length: '300' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_agreements_kind', columnNames: ['kind'] }),
          new TableIndex({ name: 'idx_agreements_status', columnNames: ['status'] }),
          new TableIndex({ name: 'idx_agreements_signed_on', columnNames: ['signed_on'] }),
          new TableIndex({ name: 'idx_agreements_sort_title', columnNames: ['sort_title'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agreement_parties',
        columns: [
          { name: 'agreement_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'institution_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'role', type: 'varchar', length: '40', isNullable: true },
          { name: 'signatory_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'position', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'idx_agreement_parties_institution', columnNames: ['institution_id'] }),
          new TableIndex({ name: 'idx_agreement_parties_signatory', columnNames: ['signatory_id'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agreement_commitments',
        columns: [
          { name: 'agreement_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'description', type: 'varchar', length: '2000', isNullable: true },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'events',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'title_is_descriptive', type: 'boolean' },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'description', type: 'varchar', length: '2000', isNullable: true },
          { name: 'starts_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'ends_on', type: 'varchar', length: '10', isNullable: true },
          { name: 'online', type: 'boolean', isNullable: true },
          { name: 'location', type: 'varchar', length: '300', isNullable: true },
          { name: 'attendance', type: 'varchar', length: '1000', isNullable: true },
          { name: 'topics', type: 'text' },
          { name: 'decisions', type: 'text' },
          { name: 'version', type: 'integer', default: 1 },
          { name: 'sort_title', type: 'varchar', length: '300' },
          { name: 'search_text', type: 'text' },
        ],
        indices: [
          new TableIndex({ name: 'idx_events_kind', columnNames: ['kind'] }),
          new TableIndex({ name: 'idx_events_starts_on', columnNames: ['starts_on'] }),
          new TableIndex({ name: 'idx_events_sort_title', columnNames: ['sort_title'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_participants',
        columns: [
          { name: 'event_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'institution_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'role', type: 'varchar', length: '20', isPrimary: true },
          { name: 'position', type: 'integer' },
        ],
        indices: [new TableIndex({ name: 'idx_event_participants_institution', columnNames: ['institution_id'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'event_speakers',
        columns: [
          { name: 'event_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'person_id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'institution_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'role', type: 'varchar', length: '200', isNullable: true },
          { name: 'contribution', type: 'varchar', length: '2000', isNullable: true },
          { name: 'position', type: 'integer' },
        ],
        indices: [
          new TableIndex({ name: 'idx_event_speakers_person', columnNames: ['person_id'] }),
          new TableIndex({ name: 'idx_event_speakers_institution', columnNames: ['institution_id'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'event_speakers',
      'event_participants',
      'events',
      'agreement_commitments',
      'agreement_parties',
      'agreements',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
