import { loadConfig } from '../config';
import { openInstitutionsDatabase } from '../database';
import { seedInstitutions } from './seed';

/** `pnpm seed`: writes the seed dataset and reports what changed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const dataSource = await openInstitutionsDatabase(config.database);
  try {
    const report = await seedInstitutions(dataSource);
    for (const [table, r] of Object.entries(report)) {
      console.log(`institutions seed: ${table}: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error('institutions seed failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
