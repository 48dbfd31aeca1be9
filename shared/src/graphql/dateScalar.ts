import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/**
 * Dates are ISO strings with the precision the source gives: `2025`, `2025-07` or
 * `2025-07-04`. Stored as text, they sort correctly and never shift with time zones.
 */
const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function parseIsoDate(value: string): string | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [, y, m, d] = match;
  if (m !== undefined) {
    const month = Number(m);
    if (month < 1 || month > 12) return null;
    if (d !== undefined) {
      const day = Number(d);
      const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
      if (day < 1 || day > daysInMonth) return null;
    }
  }
  return value;
}

function coerce(value: unknown, node?: ValueNode): string {
  if (typeof value === 'string') {
    const parsed = parseIsoDate(value);
    if (parsed !== null) return parsed;
  }
  // The literal's location lets the error name the argument that holds it.
  throw new GraphQLError(
    `Date must be an ISO date YYYY-MM-DD (or YYYY-MM, YYYY when only that is known); got ${JSON.stringify(value)?.slice(0, 40)}`,
    { nodes: node, extensions: { code: 'BAD_USER_INPUT' } },
  );
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description:
    'A calendar date as an ISO 8601 string with the precision the source gives: YYYY-MM-DD, YYYY-MM or YYYY.',
  serialize: (value) => coerce(value),
  parseValue: (value) => coerce(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('Date must be a string such as "2025-07-04"', {
        nodes: ast,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return coerce(ast.value, ast);
  },
});

/** Upper bound of a possibly partial date, for inclusive range filters: "2025" → "2025-12-31". */
export function endOfPeriod(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${date}-${String(last).padStart(2, '0')}`;
  }
  return `${date}-12-31`;
}

/** Lower bound of a possibly partial date: "2025" → "2025-01-01", "2025-07" → "2025-07-01". */
export function startOfPeriod(date: string): string {
  if (date.length === 10) return date;
  return date.length === 7 ? `${date}-01` : `${date}-01-01`;
}

/** The day before a YYYY-MM-DD day. */
export function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
