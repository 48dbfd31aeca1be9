import type { MigrationInterface } from 'typeorm';
import { CreateSources1700000000000 } from '../sources/CreateSources1700000000000';
import { AddCitationProvenance1766100000000 } from '../sources/AddCitationProvenance1766100000000';
import { CreateIdempotencyKeys1766850000000 } from '../idempotency/CreateIdempotencyKeys1766850000000';
import { AddClaims1767300000000 } from '../provenance/AddClaims1767300000000';

type MigrationClass = new () => MigrationInterface;

/** The kit's own tables every subgraph has: sources and citations, idempotency keys, claims. */
export const kitMigrations: readonly MigrationClass[] = [
  CreateSources1700000000000,
  AddCitationProvenance1766100000000,
  CreateIdempotencyKeys1766850000000,
  AddClaims1767300000000,
];

/** The timestamp a migration's class name ends with, the order TypeORM runs migrations in. */
function timestampOf(migration: MigrationClass): number {
  return Number(/(\d{13})$/.exec(migration.name)?.[1]);
}

/** Every migration of a subgraph, in order: the kit's own with the subgraph's `own`, sorted by timestamp. */
export function subgraphMigrations(own: readonly MigrationClass[]): MigrationClass[] {
  return [...kitMigrations, ...own].sort((a, b) => timestampOf(a) - timestampOf(b));
}
