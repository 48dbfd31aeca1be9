import { defineLifecycle } from '@partnership-graph/shared';

export type AgreementStatus = 'ANNOUNCED' | 'SIGNED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

/**
 * The lifecycle of an agreement, forward only: ANNOUNCED → SIGNED → ACTIVE → EXPIRED,
 * and a signed or active agreement can be TERMINATED (a signed memorandum can be
 * called off before it takes effect). EXPIRED and TERMINATED are final.
 */
export const agreementLifecycle = defineLifecycle<AgreementStatus>('agreement', {
  ANNOUNCED: ['SIGNED'],
  SIGNED: ['ACTIVE', 'TERMINATED'],
  ACTIVE: ['EXPIRED', 'TERMINATED'],
  EXPIRED: [],
  TERMINATED: [],
});
