import { defineLifecycle } from '@partnership-graph/shared';

/**
 * The statuses of individual records and the moves between them. Every move not
 * listed here is refused.
 */
export const internshipStatuses = ['PLANNED', 'ACTIVE', 'COMPLETED', 'HIRED', 'WITHDRAWN'] as const;
export const thesisStatuses = ['PROPOSED', 'IN_PROGRESS', 'DEFENDED', 'ABANDONED'] as const;
export const enrollmentStatuses = ['PLANNED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'] as const;
export const programStatuses = ['ANNOUNCED', 'OPEN', 'CLOSED'] as const;
export const studyLevels = ['BACHELOR', 'MASTER', 'PHD', 'VOCATIONAL', 'SECONDARY_SPECIAL'] as const;
export const trainingKinds = [
  'VOCATIONAL',
  'SECONDARY_SPECIAL',
  'PROFESSIONAL_DEVELOPMENT',
  'PERSONNEL_TRAINING',
  'UNSPECIFIED',
  'OTHER',
] as const;

export type InternshipStatus = (typeof internshipStatuses)[number];
export type ThesisStatus = (typeof thesisStatuses)[number];
export type EnrollmentStatus = (typeof enrollmentStatuses)[number];
export type ProgramStatus = (typeof programStatuses)[number];
export type StudyLevel = (typeof studyLevels)[number];
export type TrainingKind = (typeof trainingKinds)[number];

export const internshipLifecycle = defineLifecycle<InternshipStatus>('internship', {
  PLANNED: ['ACTIVE', 'WITHDRAWN'],
  ACTIVE: ['COMPLETED', 'WITHDRAWN'],
  COMPLETED: ['HIRED'],
  HIRED: [],
  WITHDRAWN: [],
});

export const thesisLifecycle = defineLifecycle<ThesisStatus>('thesis', {
  PROPOSED: ['IN_PROGRESS', 'ABANDONED'],
  IN_PROGRESS: ['DEFENDED', 'ABANDONED'],
  DEFENDED: [],
  ABANDONED: [],
});

export const enrollmentLifecycle = defineLifecycle<EnrollmentStatus>('training enrolment', {
  PLANNED: ['ACTIVE', 'WITHDRAWN'],
  ACTIVE: ['COMPLETED', 'WITHDRAWN'],
  COMPLETED: [],
  WITHDRAWN: [],
});

/** Statuses that no longer hold a seat. */
export const seatFreeingStatuses = ['WITHDRAWN'] as const;
