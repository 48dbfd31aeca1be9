import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { groupRows } from '../database/keyset';
import { Claim } from './Claim';

/** Loads the INFERRED and EDITORIAL claims of many records in one statement (keys are `recordKey`s). */
export function createClaimsLoader(dataSource: DataSource): DataLoader<string, Claim[]> {
  return new DataLoader(async (keys) => {
    const rows = await dataSource.getRepository(Claim).find({
      where: { recordKey: In([...keys]) },
      order: { field: 'ASC', id: 'ASC' },
    });
    return groupRows(keys, rows, (c) => c.recordKey);
  });
}
