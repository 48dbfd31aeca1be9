import { AuditEntry, Citation, Claim, IdempotencyRecord, SourceDocument } from '@partnership-graph/shared';
import { Internship } from './Internship';
import { InternshipProgram } from './InternshipProgram';
import { InternshipProgramUniversity } from './InternshipProgramUniversity';
import { Student } from './Student';
import { Thesis } from './Thesis';
import { ThesisProgram } from './ThesisProgram';
import { TrainingEnrollment } from './TrainingEnrollment';
import { TrainingProgram } from './TrainingProgram';
import { TrainingProgramProvider } from './TrainingProgramProvider';

export {
  AuditEntry,
  Internship,
  InternshipProgram,
  InternshipProgramUniversity,
  Student,
  Thesis,
  ThesisProgram,
  TrainingEnrollment,
  TrainingProgram,
  TrainingProgramProvider,
};

/** Every entity of this subgraph's database. */
export const entities = [
  InternshipProgram,
  InternshipProgramUniversity,
  Internship,
  ThesisProgram,
  Thesis,
  TrainingProgram,
  TrainingProgramProvider,
  TrainingEnrollment,
  Student,
  AuditEntry,
  SourceDocument,
  Citation,
  Claim,
  IdempotencyRecord,
];
