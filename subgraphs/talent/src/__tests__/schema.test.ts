import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { repositoryRoot } from '@partnership-graph/shared';
import { schemaFile } from '../server';

const talent = parse(fs.readFileSync(schemaFile, 'utf8'));

function definition(document: DocumentNode, name: string): DefinitionNode | undefined {
  return document.definitions.find((d) => 'name' in d && d.name?.value === name);
}

describe('the talent schema', () => {
  it('describes every type, field, argument, input field and enum value', () => {
    const missing: string[] = [];
    const path: string[] = [];
    const check = (node: { description?: unknown; name: { value: string } }) => {
      if (!node.description) missing.push([...path, node.name.value].join('.'));
    };
    visit(talent, {
      enter(node) {
        switch (node.kind) {
          case Kind.OBJECT_TYPE_DEFINITION:
            if (!['Query', 'Mutation'].includes(node.name.value)) check(node);
            path.push(node.name.value);
            break;
          case Kind.INPUT_OBJECT_TYPE_DEFINITION:
          case Kind.ENUM_TYPE_DEFINITION:
          case Kind.SCALAR_TYPE_DEFINITION:
            check(node);
            path.push(node.name.value);
            break;
          case Kind.FIELD_DEFINITION:
          case Kind.INPUT_VALUE_DEFINITION:
          case Kind.ENUM_VALUE_DEFINITION:
            check(node);
            path.push(node.name.value);
            break;
          default:
            break;
        }
      },
      leave(node) {
        if (
          [
            Kind.OBJECT_TYPE_DEFINITION,
            Kind.INPUT_OBJECT_TYPE_DEFINITION,
            Kind.ENUM_TYPE_DEFINITION,
            Kind.SCALAR_TYPE_DEFINITION,
            Kind.FIELD_DEFINITION,
            Kind.INPUT_VALUE_DEFINITION,
            Kind.ENUM_VALUE_DEFINITION,
          ].includes(node.kind as never)
        ) {
          path.pop();
        }
      },
    });
    expect(missing).toEqual([]);
  });

  it('defines the shared PageInfo and Date, and the document fields of Source, exactly as the institutions subgraph does', () => {
    // Only the SDL file is read: @shareable fields must be identical in every subgraph.
    const institutions = parse(
      fs.readFileSync(path.join(repositoryRoot, 'subgraphs', 'institutions', 'schema.graphql'), 'utf8'),
    );
    for (const name of ['PageInfo', 'Date']) {
      const ours = definition(talent, name);
      const theirs = definition(institutions, name);
      expect(ours && print(ours)).toBe(theirs && print(theirs));
    }
    // Source is an entity: each subgraph adds the lists of its own records, the document's fields are shared.
    const fieldsOf = (document: DocumentNode) =>
      new Map(
        ((definition(document, 'Source') as ObjectTypeDefinitionNode).fields ?? []).map((f) => [
          f.name.value,
          print(f),
        ]),
      );
    const ours = fieldsOf(talent);
    const theirs = fieldsOf(institutions);
    const documentFields = [
      'id',
      'title',
      'titleIsDescriptive',
      'publisher',
      'url',
      'publishedOn',
      'language',
      'quote',
      'importedFrom',
    ];
    for (const field of documentFields) expect(ours.get(field)).toBe(theirs.get(field));
    expect(ours.has('internshipPrograms')).toBe(true);
  });

  it('keeps the public contract names of DOMAIN.md', () => {
    for (const name of [
      'InternshipProgram',
      'Internship',
      'ThesisProgram',
      'Thesis',
      'TrainingProgram',
      'TrainingEnrollment',
      'Student',
      'AgreementOutcomes',
    ]) {
      expect(definition(talent, name)).toBeDefined();
    }
    const query = definition(talent, 'Query') as unknown as { fields: Array<{ name: { value: string } }> };
    expect(query.fields.map((f) => f.name.value)).toEqual(
      expect.arrayContaining([
        'internshipPrograms',
        'internshipProgram',
        'thesisPrograms',
        'theses',
        'trainingPrograms',
      ]),
    );
  });
});
