import { badUserInput } from '../graphql/errors';

/**
 * The statuses of one record type and the moves between them, declared once per type;
 * every move not listed is refused. A status with no moves is final.
 */
export interface Lifecycle<S extends string = string> {
  /** The record type in a refusal's message: "agreement", "internship"… */
  noun: string;
  moves: Readonly<Record<S, readonly S[]>>;
}

export function defineLifecycle<S extends string>(
  noun: string,
  moves: Readonly<Record<S, readonly NoInfer<S>[]>>,
): Lifecycle<S> {
  return { noun, moves };
}

/**
 * Throws BAD_USER_INPUT on `argumentName` (the argument that names the new status) unless
 * the lifecycle allows moving record `id` from `from` to `to`; `extensions` carry
 * `from`, `to` and the `allowed` statuses.
 */
export function assertTransition<S extends string>(
  lifecycle: Lifecycle<S>,
  id: string,
  from: string,
  to: string,
  argumentName: string,
): void {
  const allowed: readonly string[] = lifecycle.moves[from as S] ?? [];
  if (allowed.includes(to)) return;
  const options = allowed.length ? `it can only move to ${allowed.join(' or ')}` : `${from} is final`;
  throw badUserInput(argumentName, `${lifecycle.noun} "${id}" cannot move from ${from} to ${to}; ${options}`, {
    from,
    to,
    allowed,
  });
}
