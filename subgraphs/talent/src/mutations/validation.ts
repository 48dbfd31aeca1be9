import { randomBytes, randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  assertNoDuplicates,
  assertValidId,
  badUserInput,
  conflict,
  foldText,
  optionalEmail,
  optionalText,
  requireText,
  type ImportProblem,
} from '@partnership-graph/shared';
import type { NewStudentInput } from '../generated/resolvers';

/** Size limits of mutation inputs; longer strings are refused, never cut. */
export const limits = {
  title: 300,
  thesisTitle: 500,
  description: 2000,
  audience: 500,
  area: 100,
  areas: 20,
  studentName: 200,
  institutions: 50,
  seats: 100_000,
} as const;

/**
 * How a rule's refusal is handled. A rule throws BAD_USER_INPUT naming its field; a
 * mutation lets the first refusal through (`throwFirst`), an import collects every
 * refusal of a row as an ImportProblem (`collectProblems`) and carries on, so both
 * run the same rules.
 */
export type Check = <T>(rule: () => T) => T | undefined;

export const throwFirst: Check = (rule) => rule();

/** A Check that turns each BAD_USER_INPUT into a problem (field and reason) and returns undefined. */
export function collectProblems(problems: ImportProblem[]): Check {
  return <T>(rule: () => T): T | undefined => {
    try {
      return rule();
    } catch (error) {
      if (!(error instanceof GraphQLError) || error.extensions.code !== 'BAD_USER_INPUT') throw error;
      const field = String(error.extensions.argumentName ?? '');
      problems.push({ field, reason: error.message.replace(/^Invalid value for "[^"]*": /, '') });
      return undefined;
    }
  };
}

export function optionalId(value: string | null | undefined, field: string): string | null {
  return value == null ? null : assertValidId(value, field);
}

/** A list of ids: each well-formed, none twice, within size bounds. */
export function idList(
  values: readonly string[] | null | undefined,
  field: string,
  options: { min?: number } = {},
): string[] {
  const list = [...(values ?? [])];
  if (list.length < (options.min ?? 0)) throw badUserInput(field, `must name at least ${options.min}`);
  if (list.length > limits.institutions) throw badUserInput(field, `at most ${limits.institutions} ids`);
  list.forEach((id, i) => assertValidId(id, `${field}[${i}]`));
  assertNoDuplicates(list, field);
  return list;
}

export function levelList(levels: readonly string[] | null | undefined, field: string): string[] {
  const list = [...(levels ?? [])];
  if (!list.length) throw badUserInput(field, 'must name at least one level');
  assertNoDuplicates(list, field);
  return list;
}

export function areaList(areas: readonly string[] | null | undefined, field: string): string[] {
  const list = (areas ?? []).map((area, i) => requireText(area, `${field}[${i}]`, limits.area));
  if (list.length > limits.areas) throw badUserInput(field, `at most ${limits.areas} areas`);
  assertNoDuplicates(list, field, foldText);
  return list;
}

export function seatCount(seats: number | null | undefined, field: string): number | null {
  if (seats == null) return null;
  if (!Number.isInteger(seats) || seats < 1 || seats > limits.seats) {
    throw badUserInput(field, `must be between 1 and ${limits.seats}, or null for no limit`);
  }
  return seats;
}

/** A thesis is due at the latest next year; earlier than 1990 is a typo. */
export function thesisYear(year: number, field: string, now = new Date()): number {
  const latest = now.getUTCFullYear() + 1;
  if (!Number.isInteger(year) || year < 1990 || year > latest)
    throw badUserInput(field, `must be a year from 1990 to ${latest}, got ${year}`);
  return year;
}

/** Refuses `null` for an update field that cannot be cleared. */
export function notNull<T>(value: T | null | undefined, field: string): T | undefined {
  if (value === null) throw badUserInput(field, 'must not be null (leave it out to keep the current value)');
  return value;
}

/** A readable id for a new programme: the folded title plus a random suffix. */
export function programIdFromTitle(title: string): string {
  const slug = foldText(title).replace(/ /g, '-').slice(0, 50).replace(/-+$/, '');
  return `${slug || 'program'}-${randomBytes(3).toString('hex')}`;
}

export function newRecordId(): string {
  return randomUUID();
}

export function now(): string {
  return new Date().toISOString();
}

/** Who a record is for: an existing student, or one to create. */
export type StudentChoice =
  | { kind: 'existing'; id: string; field: string }
  | { kind: 'new'; name: string; email: string | null; universityId: string | null; field: string };

export function studentChoice(input: { studentId?: string | null; student?: NewStudentInput | null }): StudentChoice {
  const hasId = input.studentId != null;
  const hasNew = input.student != null;
  if (hasId === hasNew)
    throw badUserInput(
      'input.studentId',
      'give exactly one of studentId (an existing student) and student (a new one)',
    );
  if (hasId)
    return {
      kind: 'existing',
      id: assertValidId(input.studentId as string, 'input.studentId'),
      field: 'input.studentId',
    };
  const student = input.student as NewStudentInput;
  return {
    kind: 'new',
    name: requireText(student.name, 'input.student.name', limits.studentName),
    email: optionalEmail(student.email, 'input.student.email'),
    universityId: optionalId(student.universityId, 'input.student.universityId'),
    field: 'input.student.universityId',
  };
}

export { optionalText, requireText };

/** Enrolment and thesis registration need an OPEN programme. */
export function assertOpen(program: { id: string; status: string }, what: string): void {
  if (program.status !== 'OPEN') {
    throw conflict(`The ${what} "${program.id}" is ${program.status}, not OPEN: it takes no enrolments`, {
      argumentName: 'input.programId',
      programStatus: program.status,
    });
  }
}

/** A record's dates must lie within its programme's dates (compared at the coarser precision). */
export function assertWithinProgram(
  program: { startsOn: string | null; endsOn: string | null },
  startsOn: string | null,
  endsOn: string | null,
): void {
  const cut = (a: string, b: string) => {
    const n = Math.min(a.length, b.length);
    return [a.slice(0, n), b.slice(0, n)] as const;
  };
  for (const [date, field] of [
    [startsOn, 'input.startsOn'],
    [endsOn, 'input.endsOn'],
  ] as const) {
    if (!date) continue;
    if (program.startsOn) {
      const [d, p] = cut(date, program.startsOn);
      if (d < p) throw badUserInput(field, `must not be before the programme starts (${program.startsOn})`);
    }
    if (program.endsOn) {
      const [d, p] = cut(date, program.endsOn);
      if (d > p) throw badUserInput(field, `must not be after the programme ends (${program.endsOn})`);
    }
  }
}
