import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config';
import { readSubgraphPort, readSubgraphUrl, subgraphEntry, subgraphNames, subgraphRegistry } from '../subgraphRegistry';

describe('the subgraph registry', () => {
  it('lists exactly the packages under subgraphs/, each with its schema and public entry, on distinct ports', () => {
    const folders = fs
      .readdirSync(path.join(repositoryRoot, 'subgraphs'))
      .filter((name) => fs.existsSync(path.join(repositoryRoot, 'subgraphs', name, 'package.json')));
    expect([...subgraphNames].sort()).toEqual(folders.sort());
    for (const name of subgraphNames) {
      expect(fs.existsSync(path.join(repositoryRoot, 'subgraphs', name, 'schema.graphql'))).toBe(true);
      expect(fs.existsSync(path.join(repositoryRoot, 'subgraphs', name, 'src', 'public.ts'))).toBe(true);
    }
    expect(new Set(subgraphRegistry.map((entry) => entry.defaultPort)).size).toBe(subgraphRegistry.length);
  });

  it('finds a subgraph at its default port, at <NAME>_PORT alone, or at <NAME>_URL', () => {
    expect(readSubgraphUrl({}, 'institutions')).toBe(`http://127.0.0.1:${subgraphEntry('institutions').defaultPort}/`);
    expect(readSubgraphUrl({ INSTITUTIONS_PORT: '5001' }, 'institutions')).toBe('http://127.0.0.1:5001/');
    expect(
      readSubgraphUrl({ INSTITUTIONS_PORT: '5001', INSTITUTIONS_URL: 'http://10.0.0.7:7000/' }, 'institutions'),
    ).toBe('http://10.0.0.7:7000/');
    expect(readSubgraphPort({ TALENT_PORT: '0' }, 'talent')).toBe(0);
  });

  it('refuses a bad port by naming the variable, and an unknown subgraph', () => {
    expect(() => readSubgraphUrl({ AGREEMENTS_PORT: 'forty' }, 'agreements')).toThrow(/AGREEMENTS_PORT/);
    expect(() => subgraphEntry('payments')).toThrow(/no subgraph "payments"/);
  });
});
