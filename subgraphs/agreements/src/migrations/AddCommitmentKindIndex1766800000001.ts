import { AddIndexesMigration, indexesOn } from '@partnership-graph/shared';

/** The `commitmentKinds` filter reads the agreements with a commitment of a kind from this index alone. */
export class AddCommitmentKindIndex1766800000001 extends AddIndexesMigration {
  name = 'AddCommitmentKindIndex1766800000001';
  protected added = indexesOn('agreement_commitments', { kind: ['kind', 'agreement_id'] });
}
