import { GraphQLError } from 'graphql';
import { ErrorCode } from '@partnership-graph/shared';

export type AgreementStatus = 'ANNOUNCED' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

/**
 * The lifecycle of an agreement, forward only: ANNOUNCED → SIGNED → ACTIVE → EXPIRED,
 * and a signed or active agreement can be TERMINATED (a signed memorandum can be
 * called off before it takes effect). EXPIRED and TERMINATED are final.
 */
export const allowedTransitions: Readonly<Record<AgreementStatus, readonly AgreementStatus[]>> = {
  ANNOUNCED: ['SIGNED'],
  SIGNED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['EXPIRED', 'TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
};

/** Throws BAD_USER_INPUT (argument "to") naming both statuses when the move is not allowed. */
export function assertTransition(agreementId: string, from: AgreementStatus, to: AgreementStatus): void {
  const allowed = allowedTransitions[from] ?? [];
  if (allowed.includes(to)) return;
  const options = allowed.length ? `it can only move to ${allowed.join(' or ')}` : `${from} is final`;
  throw new GraphQLError(
    `Invalid value for "to": agreement "${agreementId}" cannot move from ${from} to ${to}; ${options}`,
    { extensions: { code: ErrorCode.BAD_USER_INPUT, argumentName: 'to', from, to, allowed } },
  );
}
