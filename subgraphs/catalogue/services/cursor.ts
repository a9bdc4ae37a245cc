import { badUserInput } from '../../../lib/errors';

const PREFIX = 'ServiceItem:';

/**
 * Opaque page cursors. The list is ordered by item code, so a cursor is the last code seen:
 * stable when items are added between requests, unlike an offset.
 */
export function encodeCursor(code: string): string {
  return Buffer.from(PREFIX + code, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (
    !decoded.startsWith(PREFIX) ||
    decoded.length === PREFIX.length ||
    encodeCursor(decoded.slice(PREFIX.length)) !== cursor
  ) {
    throw badUserInput(field, `${field} is not a cursor this list handed out`);
  }
  return decoded.slice(PREFIX.length);
}
