import { recordKey } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import type { AgreementRow } from '../repositories/AgreementRepository';
import { loadReference } from './Query';

export const Agreement = {
  __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => loadReference(ref.id, (id) => ctx.loaders.agreement.load(id)),
  parties: (agreement: AgreementRow, _: unknown, ctx: AgreementsContext) => ctx.loaders.partiesByAgreement.load(agreement.id),
  commitments: (agreement: AgreementRow, _: unknown, ctx: AgreementsContext) => ctx.loaders.commitmentsByAgreement.load(agreement.id),
  sources: (agreement: AgreementRow, _: unknown, ctx: AgreementsContext) =>
    ctx.loaders.sources.load(recordKey('agreement', agreement.id)),
};
