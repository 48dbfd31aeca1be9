import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startService, type RunningService } from '@partnership-graph/shared/testing';
import type { OwnerUrls } from './fixture';

export interface Owners extends OwnerUrls {
  institutions: RunningService;
  agreements: RunningService;
  /** The folder holding the owners' SQLite files. */
  dir: string;
  stop: () => Promise<void>;
}

/**
 * The subgraphs that own what talent refers to, as their own processes on free ports
 * with seeded SQLite databases in a temporary folder: institutions (institutions and
 * people) and agreements (which checks its own references against institutions).
 */
export async function startOwners(): Promise<Owners> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-talent-owners-'));
  const sqlite = { SQLITE_DIR: dir, MYSQL_URL: '', SEED_ON_START: '1' };
  const institutions = await startService({
    dir: 'subgraphs/institutions',
    name: 'institutions',
    env: { ...sqlite, INSTITUTIONS_PORT: '0', INSTITUTIONS_MYSQL_URL: '' },
  });
  let agreements: RunningService;
  try {
    agreements = await startService({
      dir: 'subgraphs/agreements',
      name: 'agreements',
      env: { ...sqlite, AGREEMENTS_PORT: '0', AGREEMENTS_MYSQL_URL: '', INSTITUTIONS_URL: institutions.url },
    });
  } catch (error) {
    await institutions.stop();
    throw error;
  }
  return {
    institutions,
    agreements,
    dir,
    institutionsUrl: institutions.url,
    agreementsUrl: agreements.url,
    stop: async () => {
      await Promise.all([institutions.stop(), agreements.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
