import { loadConfig } from '../config';
import { openAgreementsDatabase } from '../database';
import { seedAgreements } from './seed';

/** `pnpm seed`: writes the seed dataset and reports what changed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openAgreementsDatabase(config.database);
  try {
    const report = await seedAgreements(dataSource);
    for (const [table, r] of Object.entries(report)) {
      console.log(`agreements seed: ${table}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('agreements seed failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
