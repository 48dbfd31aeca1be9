import fs from 'node:fs';
import { Kind, parse, type ConstDirectiveNode, type DefinitionNode } from 'graphql';
import { schemaFile } from '../server';

/** Clients code against this schema; everything in it says what it is. */
describe('the agreements schema', () => {
  const document = parse(fs.readFileSync(schemaFile, 'utf8'));

  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const check = (node: { description?: { value: string } }, name: string) => {
      if (!node.description?.value.trim()) missing.push(name);
    };
    for (const definition of document.definitions as DefinitionNode[]) {
      if (definition.kind === Kind.SCHEMA_EXTENSION) continue;
      if (!('name' in definition) || !definition.name) continue;
      const typeName = definition.name.value;
      check(definition as never, typeName);
      if ('fields' in definition) {
        for (const field of definition.fields ?? []) {
          check(field, `${typeName}.${field.name.value}`);
          for (const arg of ('arguments' in field ? field.arguments : undefined) ?? []) {
            check(arg, `${typeName}.${field.name.value}(${arg.name.value})`);
          }
        }
      }
      if ('values' in definition)
        for (const value of definition.values ?? []) check(value, `${typeName}.${value.name.value}`);
    }
    expect(missing).toEqual([]);
  });

  it('owns Agreement and Event and extends Institution, Person and Source by their key', () => {
    const keys = Object.fromEntries(
      document.definitions
        .filter((d) => d.kind === Kind.OBJECT_TYPE_DEFINITION)
        .map((d) => [d.name.value, (d.directives ?? []).find((x: ConstDirectiveNode) => x.name.value === 'key')])
        .filter(([, key]) => key),
    );
    expect(Object.keys(keys).sort()).toEqual(['Agreement', 'Event', 'Institution', 'Person', 'Source']);
  });
});
