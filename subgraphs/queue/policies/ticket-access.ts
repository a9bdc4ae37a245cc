import { hasRole, Identity } from '../../../lib/auth/identity';
import { guardRead, isDataSubject, PersonalDataAccess, requireIdentity, requireRole } from '../../../lib/auth/policies';
import { forbidden } from '../../../lib/errors';
import { Ticket } from '../entities';
import { HallDirectory } from '../hall/hall-directory';
import { zoneOfWindow } from '../hall/hall-lookup';

/** Who reads tickets (number, zone, status): the hall's clerks and devices, supervisors, the hub. */
export const TICKET_READERS = ['WINDOW_CLERK', 'TERMINAL', 'SUPERVISOR', 'SYSTEM'] as const;

/**
 * The clerk acting on a ticket (transferring it, linking it to the case the visit produced): a
 * clerk of a window in the ticket's zone (the hall is asked), so no window touches another zone's
 * queue. FORBIDDEN (`OTHER_ZONE`) otherwise.
 */
export async function clerkOfZone(identity: Identity | null, hall: HallDirectory, ticket: Ticket): Promise<Identity> {
  const clerk = requireRole(identity, ['WINDOW_CLERK'], 'the queue’s window actions');
  const zone = clerk.windowCode ? await zoneOfWindow(hall, clerk.windowCode, 'windowCode') : null;
  if (zone?.code !== ticket.zoneCode) {
    throw forbidden(`Ticket ${ticket.number} queues in ${ticket.zoneCode}, not at your window’s zone`, 'OTHER_ZONE');
  }
  return clerk;
}

/**
 * The holder of a ticket (their resident ID, given when taking it): the holder themself, the clerk
 * whose window called it — who serves them now — and the hub. Recorded in the audit log.
 */
export async function readHolder(access: PersonalDataAccess, ticket: Ticket): Promise<void> {
  const holder = { type: 'Person', key: ticket.idNumber! } as const;
  await guardRead(access, holder, ['tickets/person'], null, () => {
    const identity = requireIdentity(access.identity);
    const serving = hasRole(identity, 'WINDOW_CLERK') && ticket.servingWindowCode === identity.windowCode;
    if (!serving && !hasRole(identity, 'SYSTEM') && !isDataSubject(identity, holder)) {
      throw forbidden(`Only the window that called ticket ${ticket.number} sees its holder`, 'NOT_SERVING');
    }
  });
}
