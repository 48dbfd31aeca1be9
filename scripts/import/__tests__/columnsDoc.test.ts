import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { renderColumnsDoc } from '../columnsDoc';
import { recordTypes } from '../recordTypes';

describe('the import guide', () => {
  const readme = fs.readFileSync(path.join(repositoryRoot, 'docs', 'import', 'README.md'), 'utf8');
  const schema = fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8');

  it('lists exactly the columns the import mutations take, as schema/api.graphql defines them (pnpm import:docs)', () => {
    expect(readme).toContain(renderColumnsDoc(schema));
  });

  it('has a sample file for every record type', () => {
    const samples = fs.readdirSync(path.join(repositoryRoot, 'docs', 'import'));
    for (const type of recordTypes)
      expect({ type: type.name, sample: samples.some((f) => f.startsWith(`${type.name}.`)) }).toEqual({
        type: type.name,
        sample: true,
      });
  });
});
