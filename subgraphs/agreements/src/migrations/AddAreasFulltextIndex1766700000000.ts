import { AddIndexesMigration } from '@partnership-graph/shared';
import { TableIndex } from 'typeorm';

/**
 * The areas filter (`area_keys LIKE '%|key|%'`) walked every agreement for a rare area
 * (72 s at 1,000,000); a FULLTEXT index on `area_keys` finds the few that hold its words
 * (see AgreementRepository's areasCondition; a plain index on SQLite).
 */
export class AddAreasFulltextIndex1766700000000 extends AddIndexesMigration {
  name = 'AddAreasFulltextIndex1766700000000';
  protected added = {
    table: 'agreements',
    indexes: [new TableIndex({ name: 'ft_agreements_areas', columnNames: ['area_keys'], isFulltext: true })],
  };
}
