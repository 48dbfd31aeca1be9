/**
 * What tools outside this subgraph (scripts, benchmarks, the generator) may use of it.
 * Importing this file starts nothing: it gives the configuration reader, the server
 * factory, the database opener and the entities.
 */
export { SERVICE_NAME, DEFAULT_PORT, loadConfig } from './config';
export { createServer } from './server';
export { openInstitutionsDatabase } from './database';
export { entities } from './entities';
export { seedInstitutions } from './seed/seed';
export { positionRecord } from './positions/positionRecord';
