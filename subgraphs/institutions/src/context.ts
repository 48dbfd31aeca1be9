import type { DataSource } from 'typeorm';
import {
  anonymousCaller,
  AuditRepository,
  IdempotencyKeys,
  SourceDocumentRepository,
  WritePipeline,
  type Caller,
} from '@partnership-graph/shared';
import { InstitutionImport } from './imports/InstitutionImport';
import { MembershipImport } from './imports/MembershipImport';
import { PersonImport } from './imports/PersonImport';
import { PositionImport } from './imports/PositionImport';
import { writePolicy } from './writePolicy';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { InstitutionRepository } from './repositories/InstitutionRepository';
import { PersonRepository } from './repositories/PersonRepository';
import { PositionRepository } from './repositories/PositionRepository';

/** What every resolver of one request sees. */
export interface InstitutionsContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  /** Languages the request prefers (Accept-Language), best first; names use them when no `lang` is given. */
  languages: string[];
  loaders: Loaders;
  institutions: InstitutionRepository;
  people: PersonRepository;
  positions: PositionRepository;
  /** The audit log (admins read it through each record's `history`). */
  audit: AuditRepository;
  /** The source documents held here (`_sourceDocuments`). */
  sourceDocuments: SourceDocumentRepository;
  /** The import mutations' logic, one per record type. */
  imports: {
    institutions: InstitutionImport;
    people: PersonImport;
    positions: PositionImport;
    memberships: MembershipImport;
  };
}

/** A fresh context, with a fresh loader set, for each request; `idempotency` keeps the import mutations' keys (24 h unless configured). */
export function createContext(
  dataSource: DataSource,
  caller: Caller = anonymousCaller,
  languages: string[] = [],
  idempotency: IdempotencyKeys = new IdempotencyKeys(),
): InstitutionsContext {
  const pipeline = new WritePipeline(dataSource, writePolicy, idempotency);
  return {
    caller,
    languages,
    loaders: createLoaders(dataSource),
    institutions: new InstitutionRepository(dataSource),
    people: new PersonRepository(dataSource),
    positions: new PositionRepository(dataSource),
    audit: new AuditRepository(dataSource),
    sourceDocuments: new SourceDocumentRepository(dataSource),
    imports: {
      institutions: new InstitutionImport(dataSource, pipeline),
      people: new PersonImport(dataSource, pipeline),
      positions: new PositionImport(dataSource, pipeline),
      memberships: new MembershipImport(dataSource, pipeline),
    },
  };
}
