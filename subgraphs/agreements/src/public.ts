/**
 * What tools outside this subgraph (scripts, benchmarks, the generator) may use of it.
 * Importing this file starts nothing: it gives the configuration reader, the server
 * factory, the database opener, the entities and the rules the generator writes rows by.
 */
export { SERVICE_NAME, DEFAULT_PORT, loadConfig } from './config';
export { createServer } from './server';
export { openAgreementsDatabase } from './database';
export { entities } from './entities';
export { agreementAreaKeys, agreementSearchText } from './repositories/AgreementRepository';
