/**
 * Who is asking, as every subgraph sees it: established by the gateway from a verified bearer
 * token and forwarded in a signed header, or by a service acting on its own (dispatch).
 * `null` in a context means anonymous: only the public catalogue and calendar answer.
 */
export type Role =
  /** A resident or enterprise acting for itself; `subject` is its resident ID or credit code. */
  | 'CITIZEN'
  /** A clerk at one window (`windowCode`). */
  | 'WINDOW_CLERK'
  /** A back-office officer of one department (`departmentCode`). */
  | 'DEPARTMENT_OFFICER'
  /** Reads statistics and the audit log. */
  | 'SUPERVISOR'
  /** Changes the catalogue. */
  | 'ADMIN'
  /** A self-service terminal or ticket machine of the hall (`subject` is the device id). */
  | 'TERMINAL'
  /** A hub service acting on its own behalf (the cases dispatcher, catalogue sync). */
  | 'SYSTEM';

export interface Identity {
  subject: string;
  roles: Role[];
  /** For WINDOW_CLERK: the window the clerk sits at. */
  windowCode?: string;
  /** For DEPARTMENT_OFFICER: the department the officer belongs to. */
  departmentCode?: string;
  /** Display name, for events and the audit log. */
  name?: string;
}

export function hasRole(identity: Identity | null, ...roles: Role[]): boolean {
  return !!identity && identity.roles.some((role) => roles.includes(role));
}
