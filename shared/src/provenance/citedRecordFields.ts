import { historyOf } from '../audit/AuditRepository';
import { citationsOf, citedSourcesOf } from '../sources/sourceResolvers';
import { provenanceOf } from './provenanceResolvers';

/**
 * The fields every cited and audited record type serves alike (Agreement, Institution,
 * InternshipProgram…): its citations, the basis of each value, its citations shown as
 * sources (deprecated) and its audit history. `recordType` is the citations' record-key
 * prefix (e.g. `internship-program`), `entityType` the audit's type name.
 */
export function citedRecordFields(recordType: string, entityType: string) {
  return {
    citations: citationsOf(recordType),
    provenance: provenanceOf(recordType),
    sources: citedSourcesOf(recordType),
    history: historyOf(entityType),
  };
}
