import { Identity } from '../../lib/auth/identity';
import { requireClerkAt, requireRole } from '../../lib/auth/policies';
import { badUserInput, forbidden } from '../../lib/errors';
import { CatalogueClient, CatalogueWindow } from './catalogue/catalogue-client';
import { ActorRole } from './workflow';

/** Who is acting on a case, in which capacity, and where. */
export interface Actor {
  role: ActorRole;
  /** A clerk's staff number or name, a department code, `applicant` or `system`. */
  name: string;
  windowCode: string | null;
}

/** The clerk and window named in a mutation's input. */
export interface ClerkAtWindow {
  clerk: string;
  windowCode: string;
}

export const APPLICANT: Actor = { role: ActorRole.APPLICANT, name: 'applicant', windowCode: null };
export const SYSTEM: Actor = { role: ActorRole.SYSTEM, name: 'system', windowCode: null };

/**
 * The actor behind a window mutation. The verified token is the source: the caller must be a
 * WINDOW_CLERK, the input's window must be the token's window and the input's clerk the token's
 * subject (FORBIDDEN otherwise, naming the field), so nobody acts at a window they do not sit at
 * or in another clerk's name. The clerk recorded is the one the input names, which must be the
 * token's subject (staff number) or its display name. The role follows from the window's kind.
 */
export async function clerkAtWindow(
  catalogue: CatalogueClient,
  identity: Identity | null,
  { clerk, windowCode }: ClerkAtWindow,
): Promise<{ actor: Actor; window: CatalogueWindow }> {
  const caller = requireClerkAt(identity, windowCode, 'input.windowCode');
  const named = clerk.trim();
  if (!namesCaller(caller, named)) {
    throw forbidden('input.clerk must be you: the clerk your token names', 'NOT_YOU', { field: 'input.clerk' });
  }
  const window = await catalogue.window(windowCode);
  if (!window) throw badUserInput('input.windowCode', `There is no window ${windowCode}`);
  const role = window.kind === 'COMPREHENSIVE' ? ActorRole.COMPREHENSIVE_WINDOW : ActorRole.DEPARTMENT_WINDOW;
  return { actor: { role, name: named, windowCode }, window };
}

/**
 * A department's officer deciding for it: only for their own department, in their own name.
 * The hub's back office itself (SYSTEM) records decisions polled from the systems, not here.
 */
export function officerOf(identity: Identity | null, departmentCode: string, officer: string): Identity {
  const caller = requireRole(identity, ['DEPARTMENT_OFFICER'], 'department decisions');
  if (caller.departmentCode !== departmentCode) {
    throw forbidden(
      `You decide for ${caller.departmentCode ?? 'no department'}, not ${departmentCode}`,
      'OTHER_DEPARTMENT',
      {
        field: 'input.departmentCode',
      },
    );
  }
  if (!namesCaller(caller, officer.trim())) {
    throw forbidden('input.officer must be you: the officer your token names', 'NOT_YOU', { field: 'input.officer' });
  }
  return caller;
}

/** Whether an input's clerk or officer is the caller: their token's subject or display name. */
function namesCaller(caller: Identity, named: string): boolean {
  return named === caller.subject || (caller.name !== undefined && named === caller.name);
}
