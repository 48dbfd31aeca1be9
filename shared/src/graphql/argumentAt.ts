import { Kind, visit, type ArgumentNode, type DocumentNode, type ObjectFieldNode, type VariableNode } from 'graphql';

/**
 * Naming the argument behind a refused literal: the gateway and the subgraphs both
 * turn such validation errors into BAD_USER_INPUT with `extensions.argumentName`.
 */
/** Validation messages that are about a literal argument value, not about the query's shape. */
export const literalValueErrorPattern =
  /^(Value ".*" does not exist in ".*" enum|Enum ".*" cannot represent|Expected value of type|Int cannot represent|Float cannot represent|String cannot represent|Boolean cannot represent|ID cannot represent|Field ".*" of required type|Field ".*" is not defined by type|Date must be)/;

/** An argument, input field or variable of a document, with the argument path it stands at ("filter.kinds"). */
export type ArgumentPathNode = ArgumentNode | ObjectFieldNode | VariableNode;

/** Walks every argument value of `document`, telling `visit` each argument, input field and variable with its path. */
export function walkArgumentPaths(
  document: DocumentNode,
  onNode: (path: string, node: ArgumentPathNode) => void,
): void {
  const stack: string[] = [];
  const named = {
    enter(node: ArgumentNode | ObjectFieldNode) {
      stack.push(node.name.value);
      onNode(stack.join('.'), node);
    },
    leave() {
      stack.pop();
    },
  };
  visit(document, {
    Argument: named,
    ObjectField: named,
    // A variable outside every argument is a declaration ($input: …), not a use.
    Variable(node) {
      if (stack.length) onNode(stack.join('.'), node);
    },
  });
}

/** The path of the argument (e.g. "filter.kinds") whose value covers this source location. */
export function argumentAt(document: DocumentNode, line: number, column: number): string | null {
  const source = document.loc?.source.body ?? '';
  const lines = source.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += column - 1;
  let found: string | null = null;
  walkArgumentPaths(document, (path, node) => {
    if (node.kind === Kind.VARIABLE || !node.loc || offset < node.loc.start || offset >= node.loc.end) return;
    // The outermost argument, then the innermost input field that covers the location.
    if (node.kind === Kind.OBJECT_FIELD || found === null) found = path;
  });
  return found;
}
