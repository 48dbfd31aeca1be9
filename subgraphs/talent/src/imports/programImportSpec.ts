import type { EntityReference } from '@partnership-graph/shared';
import { programDateOrder, type FieldName, type programFieldRules } from '../mutations/programRules';
import type { Check } from '../mutations/validation';
import {
  ProgramImportStore,
  type ProgramImportTables,
  type ProgramRecord,
  type ProgramRow,
} from '../repositories/ProgramImportStore';
import { asGiven, mergedProgramFields, rowField, type StoredProgramFields } from './importFields';
import type { ProgramImportFields, ProgramImportRow, ProgramImportSpec } from './importPrograms';

/** A programme row as an import writes it. */
type Written<P extends ProgramRow> = ProgramRecord<P>['program'];

/** What one kind of programme's import states of its own; programImportSpec does the rest alike for every kind. */
export interface ProgramImportKind<
  Row extends ProgramImportRow,
  P extends ProgramRow,
  F extends ReturnType<typeof programFieldRules>,
> {
  entityType: string;
  recordType: string;
  tables: ProgramImportTables<P>;
  /** The create mutation's rules for the kind. */
  fieldRules: (row: Row, check: Check, f: FieldName) => F;
  references: (fields: F, f: FieldName) => EntityReference[];
  /** The kind's own columns after a row: what the row gives, else what is stored. */
  ownFields: (given: F, stored: Written<P> | undefined) => object;
  /** The institutions the row gives (universities, providers); none for a kind without links. */
  linkIdsOf?: (given: F) => readonly string[] | null | undefined;
  /** The kind's own rules over a merged record, checked before the date order every programme has. */
  checkOwn?: (program: Written<P>, check: Check) => void;
  snapshot: (record: ProgramRecord<P>) => Record<string, unknown>;
}

/**
 * The import spec of one kind of programme: its rules and references with fields named
 * as in the row, the merge of a row over the stored programme (the columns every
 * programme has, then the kind's, and its links sorted), and the date order.
 */
export function programImportSpec<
  Row extends ProgramImportRow,
  P extends ProgramRow,
  F extends ReturnType<typeof programFieldRules> & ProgramImportFields,
>(kind: ProgramImportKind<Row, P, F>): ProgramImportSpec<Row, P, F> {
  return {
    entityType: kind.entityType,
    recordType: kind.recordType,
    store: new ProgramImportStore<P>(kind.tables),
    rules: (row, check) => asGiven(kind.fieldRules(row, check, rowField)),
    references: (fields) => kind.references(fields, rowField),
    merge: (f, stored, id) => {
      const s = stored?.program;
      const common = mergedProgramFields(f, s as StoredProgramFields | undefined, id);
      const linkIds = kind.linkIdsOf ? [...(kind.linkIdsOf(f) ?? stored?.linkIds ?? [])].sort() : [];
      // The kind's own columns complete the row; the types cannot follow a spread of a generic kind.
      const program: object = { ...common, ...kind.ownFields(f, s) };
      return { program: program as Written<P>, linkIds };
    },
    checkMerged: (record, check) => {
      kind.checkOwn?.(record.program, check);
      programDateOrder(record.program, check, rowField);
    },
    snapshot: kind.snapshot,
  };
}
