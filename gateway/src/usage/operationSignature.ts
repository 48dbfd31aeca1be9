import { createHash } from 'node:crypto';
import { usageReportingSignature } from '@apollo/utils.usagereporting';
import type { DocumentNode } from 'graphql';

export interface OperationSignature {
  /** The normalised text: Apollo's usage-reporting signature of the one operation run. */
  signature: string;
  /** Its hex SHA-256: the key usage is counted under. */
  hash: string;
}

/**
 * The operation as usage counts it: only the operation run and the fragments it spreads,
 * aliases dropped, string and number literals blanked and list and object literals
 * emptied (a literal may hold a name or an email, and one operation run with many values
 * is still one operation), fields, fragments and arguments sorted, whitespace and comments
 * reduced — Apollo's usage-reporting signature, so two spellings of one question count as one.
 */
export function operationSignature(document: DocumentNode, operationName: string | null): OperationSignature {
  const signature = usageReportingSignature(document, operationName ?? '');
  return { signature, hash: createHash('sha256').update(signature).digest('hex') };
}
