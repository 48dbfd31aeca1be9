import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config';

export interface ExampleOperation {
  name: string;
  /** The question the operation answers (its leading comment). */
  question: string;
  query: string;
  expectedFile: string;
}

export const exampleOperationsDir = path.join(repositoryRoot, 'schema', 'operations');

/** The example library: every `schema/operations/*.graphql`, with its question and expected answer file. */
export function readExampleOperations(dir = exampleOperationsDir): ExampleOperation[] {
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = fs.readFileSync(path.join(dir, file), 'utf8');
      const question = query
        .split('\n')
        .filter((line) => line.startsWith('#'))
        .map((line) => line.replace(/^#\s?/, ''))
        .join(' ')
        .trim();
      const name = file.replace(/\.graphql$/, '');
      return { name, question, query, expectedFile: path.join(dir, `${name}.expected.json`) };
    });
}
