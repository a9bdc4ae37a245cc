import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `yyyy-MM-dd`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new GraphQLError(`Date must be a calendar date written yyyy-MM-dd, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/**
 * A calendar date without time or zone (`2026-11-27`), as the hall means it: a day in
 * Asia/Shanghai. Kept as a string end to end so no time-zone conversion can shift it.
 */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date in Asia/Shanghai, written yyyy-MM-dd (ISO 8601), e.g. 2026-11-27.',
  serialize: (value) => parseDate(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const SHANGHAI_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The date it is in Asia/Shanghai at `instant`, as `yyyy-MM-dd`. */
export function shanghaiDate(instant: Date = new Date()): string {
  return SHANGHAI_DATE.format(instant);
}
