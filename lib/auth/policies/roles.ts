import { forbidden, unauthenticated } from '../../errors';
import { hasRole, Identity, Role } from '../identity';

/** The caller's identity, or UNAUTHENTICATED: for everything that is not public. */
export function requireIdentity(identity: Identity | null): Identity {
  if (!identity) throw unauthenticated();
  return identity;
}

/**
 * The caller, when they hold one of `roles`; UNAUTHENTICATED when anonymous, FORBIDDEN (reason
 * `ROLE`) otherwise. `what` names the refused thing in the message ("the audit log").
 */
export function requireRole(identity: Identity | null, roles: readonly Role[], what: string): Identity {
  const caller = requireIdentity(identity);
  if (!hasRole(caller, ...roles)) {
    throw forbidden(`Only ${roles.join(', ')} may use ${what}`, 'ROLE', { roles: [...roles] });
  }
  return caller;
}

/** The roles that read supervision figures: the leading group's office, and the hub itself. */
export const SUPERVISION: readonly Role[] = ['SUPERVISOR', 'SYSTEM'];

/** The caller as a clerk at `windowCode`: FORBIDDEN (`OTHER_WINDOW`) for a clerk of another window. */
export function requireClerkAt(identity: Identity | null, windowCode: string, field: string): Identity {
  const clerk = requireRole(identity, ['WINDOW_CLERK'], 'window actions');
  if (clerk.windowCode !== windowCode) {
    throw forbidden(`You sit at window ${clerk.windowCode ?? '(none)'}, not ${windowCode}`, 'OTHER_WINDOW', { field });
  }
  return clerk;
}
