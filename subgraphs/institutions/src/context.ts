import type { DataSource } from 'typeorm';
import { anonymousCaller, type Caller } from '@partnership-graph/shared';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { InstitutionRepository } from './repositories/InstitutionRepository';
import { PersonRepository } from './repositories/PersonRepository';

/** What every resolver of one request sees. */
export interface InstitutionsContext {
  /** Who is asking, verified from their token (anonymous without one). */
  caller: Caller;
  /** Languages the request prefers (Accept-Language), best first; names use them when no `lang` is given. */
  languages: string[];
  loaders: Loaders;
  institutions: InstitutionRepository;
  people: PersonRepository;
}

/** A fresh context, with a fresh loader set, for each request. */
export function createContext(dataSource: DataSource, caller: Caller = anonymousCaller, languages: string[] = []): InstitutionsContext {
  return {
    caller,
    languages,
    loaders: createLoaders(dataSource),
    institutions: new InstitutionRepository(dataSource),
    people: new PersonRepository(dataSource),
  };
}
