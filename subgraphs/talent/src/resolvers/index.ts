import { DateScalar } from '@partnership-graph/shared';
import { Agreement, AgreementOutcomes } from './Agreement';
import { AuditEntry } from './AuditEntry';
import { Institution, TalentSummary } from './Institution';
import { Internship } from './Internship';
import { InternshipProgram } from './InternshipProgram';
import { Mutation } from './Mutation';
import { Person } from './Person';
import { Query } from './Query';
import { Source } from './Source';
import { Student } from './Student';
import { Thesis } from './Thesis';
import { ThesisProgram } from './ThesisProgram';
import { TrainingEnrollment } from './TrainingEnrollment';
import { TrainingProgram } from './TrainingProgram';
import type { Resolvers } from '../generated/resolvers';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  InternshipProgram,
  Internship,
  ThesisProgram,
  Thesis,
  TrainingProgram,
  TrainingEnrollment,
  Student,
  Institution,
  TalentSummary,
  Agreement,
  AgreementOutcomes,
  Person,
  AuditEntry,
  Source,
};
