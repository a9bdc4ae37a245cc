import { badUserInput } from '../../lib/errors';
import { CatalogueClient, CatalogueWindow } from './catalogue/catalogue-client';
import { ActorRole } from './workflow';

/** Who is acting on a case, in which capacity, and where. */
export interface Actor {
  role: ActorRole;
  /** A clerk's name or number, a department code, `applicant` or `system`. */
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
 * The actor behind a window mutation. Until the security issue lands the clerk and window come in
 * the input; this is the one place that trusts them, so a verified token can replace it.
 * The role follows from the kind of window the catalogue says it is.
 */
export async function clerkAtWindow(
  catalogue: CatalogueClient,
  { clerk, windowCode }: ClerkAtWindow,
): Promise<{ actor: Actor; window: CatalogueWindow }> {
  if (!clerk.trim()) throw badUserInput('input.clerk', 'input.clerk must name the clerk');
  const window = await catalogue.window(windowCode);
  if (!window) throw badUserInput('input.windowCode', `There is no window ${windowCode}`);
  const role = window.kind === 'COMPREHENSIVE' ? ActorRole.COMPREHENSIVE_WINDOW : ActorRole.DEPARTMENT_WINDOW;
  return { actor: { role, name: clerk.trim(), windowCode }, window };
}
