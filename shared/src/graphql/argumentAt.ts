import { visit, type DocumentNode } from 'graphql';

/**
 * Naming the argument behind a refused literal: the gateway and the subgraphs both
 * turn such validation errors into BAD_USER_INPUT with `extensions.argumentName`.
 */
/** Validation messages that are about a literal argument value, not about the query's shape. */
export const literalValueErrorPattern =
  /^(Value ".*" does not exist in ".*" enum|Enum ".*" cannot represent|Expected value of type|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent|Field ".*" of required type|Field ".*" is not defined by type|Date must be)/;

/** The path of the argument (e.g. "filter.kinds") whose value covers this source location. */
export function argumentAt(document: DocumentNode, line: number, column: number): string | null {
  const source = document.loc?.source.body ?? '';
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += column - 1;
  let found: string | null = null;
  const stack: string[] = [];
  visit(document, {
    Argument: {
      enter(node) {
        stack.push(node.name.value);
        if (node.loc && node.loc.start <= offset && offset < node.loc.end && found === null) found = stack.join('.');
      },
      leave() {
        stack.pop();
      },
    },
    ObjectField: {
      enter(node) {
        stack.push(node.name.value);
        if (node.loc && node.loc.start <= offset && offset < node.loc.end) found = stack.join('.');
      },
      leave() {
        stack.pop();
      },
    },
  });
  return found;
}
