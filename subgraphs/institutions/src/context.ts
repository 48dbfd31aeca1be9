import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from './loaders/createLoaders';
import { InstitutionRepository } from './repositories/InstitutionRepository';
import { PersonRepository } from './repositories/PersonRepository';

/** What every resolver of one request sees. */
export interface InstitutionsContext {
  loaders: Loaders;
  institutions: InstitutionRepository;
  people: PersonRepository;
}

/** A fresh context, with a fresh loader set, for each request. */
export function createContext(dataSource: DataSource): InstitutionsContext {
  return {
    loaders: createLoaders(dataSource),
    institutions: new InstitutionRepository(dataSource),
    people: new PersonRepository(dataSource),
  };
}
