import { AddIndexesMigration, indexesOn } from '@partnership-graph/shared';

/**
 * Composite indexes for a filtered page at scale: agreements of one kind or status in
 * the default order (signed_on DESC, id DESC) read the index in order instead of
 * sorting every match.
 */
export class AddScaleIndexes1766200000000 extends AddIndexesMigration {
  name = 'AddScaleIndexes1766200000000';
  protected added = indexesOn('agreements', {
    kind_signed_on: ['kind', 'signed_on'],
    status_signed_on: ['status', 'signed_on'],
  });
}
