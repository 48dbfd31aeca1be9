import type { Logger } from 'typeorm';
import { openDatabase, type DatabaseConfig } from '@partnership-graph/shared';
import { entities } from './entities';
import { migrations } from './migrations';

/** Opens and migrates this subgraph's own database. */
export function openTalentDatabase(config: DatabaseConfig, logger?: Logger) {
  return openDatabase({ config, entities, migrations, logger });
}
