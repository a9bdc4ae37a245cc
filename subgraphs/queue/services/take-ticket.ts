import { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { assertResidentId } from '../../../lib/identity';
import { shanghaiDate } from '../../../lib/scalars';
import { Ticket } from '../entities';
import { TicketStatus } from '../enums';
import { HallDirectory } from '../hall/hall-directory';
import { requireZone, zoneOfWindow } from '../hall/hall-lookup';
import { TakeTicketInput } from '../inputs/take-ticket.input';
import { Terminal } from '../terminal/terminals';
import { allocateTicketSequence, formatTicketNumber } from './ticket-number';

/** Issues the next ticket of the day in the chosen zone (or the window's zone), in one transaction. */
export async function takeTicket(
  em: EntityManager,
  hall: HallDirectory,
  terminal: Terminal,
  input: TakeTicketInput,
  now: Date,
): Promise<Ticket> {
  if (input.zoneCode && input.windowCode) {
    throw badUserInput('input.windowCode', 'Give a zone or a window, not both: a window belongs to one zone');
  }
  const idNumber = input.idNumber ? assertResidentId(input.idNumber, 'input.idNumber') : null;
  const zone = input.windowCode
    ? await zoneOfWindow(hall, input.windowCode, 'input.windowCode')
    : await requireZone(hall, input.zoneCode ?? terminal.zoneCode, input.zoneCode ? 'input.zoneCode' : 'terminal');
  const serviceDay = shanghaiDate(now);

  return em.transactional(async (tx) => {
    const sequence = await allocateTicketSequence(tx, zone.code, serviceDay);
    const ticket = tx.create(Ticket, {
      number: formatTicketNumber(sequence),
      sequence,
      zoneCode: zone.code,
      windowCode: input.windowCode ?? null,
      serviceDay,
      status: TicketStatus.WAITING,
      idNumber,
      terminalId: terminal.id,
      takenAt: now,
      queuedAt: now,
    });
    await tx.flush();
    return ticket;
  });
}
