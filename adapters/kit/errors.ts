import { GraphQLError } from 'graphql';
import { maskIdNumbers } from '../../lib/identity';
import { LegacySystemId } from './systems';

/**
 * What went wrong with a legacy system, as the graph tells its clients in `extensions.code`:
 * - LEGACY_UNAVAILABLE: unreachable, failing (5xx, dropped connection) or its breaker is open;
 * - LEGACY_TIMEOUT: no answer within the call's time budget;
 * - LEGACY_REJECTED: it answered with a business "no" (unknown person, bad credentials…);
 * - LEGACY_BAD_RESPONSE: it answered something we cannot read (garbage, unsafe XML, unknown code).
 */
export type LegacyErrorCode = 'LEGACY_UNAVAILABLE' | 'LEGACY_TIMEOUT' | 'LEGACY_REJECTED' | 'LEGACY_BAD_RESPONSE';

export type LegacyErrorExtensions = {
  code: LegacyErrorCode;
  system: LegacySystemId;
  operation: string;
  /** The legacy system's own code, for LEGACY_REJECTED. */
  legacyCode?: string;
};

/**
 * A failure of one legacy system, ready to surface in GraphQL: the field resolves to null and the
 * error carries the code and the system. Messages are masked, since a legacy error text may quote
 * the ID number it was asked about.
 */
export class LegacyError extends GraphQLError {
  declare readonly extensions: LegacyErrorExtensions;

  constructor(extensions: LegacyErrorExtensions, message: string, cause?: unknown) {
    super(maskIdNumbers(message), {
      extensions: { ...extensions },
      originalError: cause instanceof Error ? cause : undefined,
    });
    this.name = 'LegacyError';
  }

  get code(): LegacyErrorCode {
    return this.extensions.code;
  }

  get system(): LegacySystemId {
    return this.extensions.system;
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? `: ${cause.message}` : '';
}

export function legacyUnavailable(system: LegacySystemId, operation: string, cause?: unknown): LegacyError {
  return new LegacyError(
    { code: 'LEGACY_UNAVAILABLE', system, operation },
    `${system} is unavailable (${operation})${describe(cause)}`,
    cause,
  );
}

export function legacyTimeout(system: LegacySystemId, operation: string, timeoutMs: number): LegacyError {
  return new LegacyError(
    { code: 'LEGACY_TIMEOUT', system, operation },
    `${system} did not answer ${operation} within ${timeoutMs} ms`,
  );
}

/**
 * A call that waited nearly its whole budget for a free connection to the system (the hub's own
 * cap on concurrent calls per system) and was never sent: the system is busy, the graph answers in time.
 */
export function legacyQueueTimeout(system: LegacySystemId, operation: string, waitedMs: number): LegacyError {
  return new LegacyError(
    { code: 'LEGACY_TIMEOUT', system, operation },
    `${system} was busy: ${operation} waited ${waitedMs} ms for a free connection and was not sent`,
  );
}

export function legacyRejected(
  system: LegacySystemId,
  operation: string,
  legacyCode: string,
  message: string,
): LegacyError {
  return new LegacyError(
    { code: 'LEGACY_REJECTED', system, operation, legacyCode },
    `${system} refused ${operation} (${legacyCode}): ${message}`,
  );
}

export function legacyBadResponse(
  system: LegacySystemId,
  operation: string,
  reason: string,
  cause?: unknown,
): LegacyError {
  return new LegacyError(
    { code: 'LEGACY_BAD_RESPONSE', system, operation },
    `${system} answered ${operation} with an unreadable response: ${reason}`,
    cause,
  );
}
