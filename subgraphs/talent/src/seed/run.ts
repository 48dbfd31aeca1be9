import { loadConfig } from '../config';
import { openTalentDatabase } from '../database';
import { seedTalent } from './seed';

/** `pnpm seed`: writes the seed dataset and reports what changed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openTalentDatabase(config.database);
  try {
    const report = await seedTalent(dataSource);
    for (const [table, r] of Object.entries(report)) {
      console.log(`talent seed: ${table}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('talent seed failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
