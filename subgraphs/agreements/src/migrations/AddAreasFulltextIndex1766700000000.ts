import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const index = new TableIndex({ name: 'ft_agreements_areas', columnNames: ['area_keys'], isFulltext: true });

/**
 * The areas filter (`area_keys LIKE '%|key|%'`) walked every agreement for a rare area
 * (72 s at 1,000,000); a FULLTEXT index on `area_keys` finds the few that hold its words
 * (see AgreementRepository's areasCondition; a plain index on SQLite).
 */
export class AddAreasFulltextIndex1766700000000 implements MigrationInterface {
  name = 'AddAreasFulltextIndex1766700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('agreements', index);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('agreements', index.name!);
  }
}
