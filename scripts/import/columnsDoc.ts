import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType } from 'graphql';
import { repositoryRoot } from '@partnership-graph/shared';
import { buildImportSchema } from './importFile';
import { recordTypes } from './recordTypes';
import { columnsOf, itemFieldOrder } from './rowInputs';

/**
 * `pnpm import:docs [--check]` writes (or, with --check, verifies) the column tables of
 * docs/import/README.md from the import mutations' input types in schema/api.graphql,
 * so the guide names exactly the columns the command accepts, with the schema's words.
 */
const readme = path.join(repositoryRoot, 'docs', 'import', 'README.md');
const start = '<!-- columns:start (pnpm import:docs writes this part) -->';
const end = '<!-- columns:end -->';

function typeText(type: GraphQLInputType): string {
  const inner = isNonNullType(type) ? type.ofType : type;
  const named = getNamedType(inner);
  if (isListType(inner)) {
    return isInputObjectType(named) ? `list of ${itemFieldOrder(named).join(':')}` : `list of ${named.name}`;
  }
  return named.name;
}

export function renderColumnsDoc(schemaSdl: string): string {
  const schema = buildImportSchema(schemaSdl);
  const sections = recordTypes.map((type) => {
    const input = schema.getType(type.inputType);
    if (!isInputObjectType(input)) throw new Error(`schema/api.graphql has no ${type.inputType}`);
    const rows = columnsOf(input).map((column) => {
      const name = column.path.join('.');
      let field = input.getFields()[column.path[0]];
      for (const key of column.path.slice(1)) {
        const parent = getNamedType(field.type);
        if (isInputObjectType(parent)) field = parent.getFields()[key];
      }
      const description = (field.description ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|');
      return `| \`${name}\` | ${column.required ? 'yes' : ''} | ${typeText(column.type)} | ${description} |`;
    });
    return [
      `### ${type.name}`,
      '',
      `Written by \`${type.mutation}\` (role \`${type.role}\` or \`admin\`).`,
      '',
      '| Column | Required | Type | Meaning |',
      '| --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  });
  return `${start}\n${sections.join('\n\n')}\n${end}`;
}

function main(): void {
  const sdl = fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8');
  const current = fs.readFileSync(readme, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${readme} lacks the markers ${start} … ${end}`);
  const next = current.slice(0, from) + renderColumnsDoc(sdl) + current.slice(to + end.length);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error(
        'import:docs: docs/import/README.md does not list the columns schema/api.graphql defines; run pnpm import:docs',
      );
      process.exit(1);
    }
    console.log('import:docs: the column tables match the schema');
  } else {
    fs.writeFileSync(readme, next);
    console.log(`import:docs: wrote the column tables of ${path.relative(repositoryRoot, readme)}`);
  }
}

if (require.main === module) main();
