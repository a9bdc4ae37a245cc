import { EntityManager } from '@mikro-orm/core';
import { badUserInput, hubError, notFound } from '../../../lib/errors';
import { shanghaiDate } from '../../../lib/scalars';
import { Ticket } from '../entities';
import { TicketStatus } from '../enums';
import { HallDirectory } from '../hall/hall-directory';
import { zoneOfWindow } from '../hall/hall-lookup';

/** How many waiting tickets one call tries to claim before concluding others took them all. */
const CLAIM_CANDIDATES = 5;

export async function findTicket(em: EntityManager, ticketId: string): Promise<Ticket> {
  const id = /^\d+$/.test(ticketId) ? Number(ticketId) : NaN;
  const ticket = Number.isSafeInteger(id) ? await em.findOne(Ticket, { id }) : null;
  if (!ticket) throw notFound('ticket', ticketId);
  return ticket;
}

function illegal(ticket: Ticket, action: string, why: string) {
  return hubError('ILLEGAL_TRANSITION', `Ticket ${ticket.number} cannot be ${action}: ${why}`, {
    ticketId: String(ticket.id),
    status: ticket.status,
  });
}

/** The window's holder is done: its ticket still CALLED there becomes SERVED. */
async function finishCurrent(em: EntityManager, windowCode: string): Promise<void> {
  await em.nativeUpdate(
    Ticket,
    { servingWindowCode: windowCode, status: TicketStatus.CALLED },
    { status: TicketStatus.SERVED },
  );
}

/**
 * 叫号: the window finishes its current ticket and calls the longest-waiting ticket of today it may
 * serve (addressed to it, or to its whole zone). Two windows calling at once race for a ticket with
 * a conditional update, so each ticket is called by exactly one. Null when nobody waits.
 */
export async function callNext(
  em: EntityManager,
  hall: HallDirectory,
  windowCode: string,
  now: Date,
): Promise<Ticket | null> {
  const zone = await zoneOfWindow(hall, windowCode, 'windowCode');
  await finishCurrent(em, windowCode);
  for (;;) {
    const candidates = await em.find(
      Ticket,
      {
        zoneCode: zone.code,
        serviceDay: shanghaiDate(now),
        status: TicketStatus.WAITING,
        $or: [{ windowCode: null }, { windowCode }],
      },
      { orderBy: { queuedAt: 'asc', id: 'asc' }, limit: CLAIM_CANDIDATES },
    );
    if (candidates.length === 0) return null;
    for (const candidate of candidates) {
      const claimed = await em.nativeUpdate(
        Ticket,
        { id: candidate.id, status: TicketStatus.WAITING },
        {
          status: TicketStatus.CALLED,
          servingWindowCode: windowCode,
          // a transferred ticket keeps its first call: its wait was over then
          calledAt: candidate.calledAt ?? now,
          announcedAt: now,
          announcements: candidate.announcements + 1,
        },
      );
      if (claimed === 1) return em.refreshOrFail(candidate);
    }
  }
}

/** 过号: the holder of the ticket this window called did not come. */
export async function skip(em: EntityManager, ticketId: string, windowCode: string): Promise<Ticket> {
  const ticket = await findTicket(em, ticketId);
  if (ticket.status !== TicketStatus.CALLED || ticket.servingWindowCode !== windowCode) {
    throw illegal(ticket, 'skipped', `only the ticket called at ${windowCode} can be skipped there`);
  }
  ticket.status = TicketStatus.SKIPPED;
  await em.flush();
  return ticket;
}

/**
 * 重呼: announces the window's called ticket again; a skipped ticket of today (its holder came
 * late) is called back to the window, which finishes the ticket it was serving.
 */
export async function recall(
  em: EntityManager,
  hall: HallDirectory,
  ticketId: string,
  windowCode: string,
  now: Date,
): Promise<Ticket> {
  const ticket = await findTicket(em, ticketId);
  const zone = await zoneOfWindow(hall, windowCode, 'windowCode');
  if (ticket.status === TicketStatus.CALLED && ticket.servingWindowCode !== windowCode) {
    throw illegal(ticket, 'recalled', `it is being served at ${ticket.servingWindowCode}`);
  }
  if (ticket.status === TicketStatus.SKIPPED) {
    if (ticket.zoneCode !== zone.code || ticket.serviceDay !== shanghaiDate(now)) {
      throw illegal(ticket, 'recalled', `it is not a ticket of zone ${zone.code} today`);
    }
    await finishCurrent(em, windowCode);
    ticket.status = TicketStatus.CALLED;
    ticket.servingWindowCode = windowCode;
  } else if (ticket.status !== TicketStatus.CALLED) {
    throw illegal(ticket, 'recalled', 'only a called or skipped ticket can be');
  }
  ticket.announcedAt = now;
  ticket.announcements += 1;
  await em.flush();
  return ticket;
}

/**
 * 转移: a waiting or called ticket goes to another window of its zone and waits there in its
 * original place (queuedAt is kept), so its holder does not queue again from the back.
 */
export async function transfer(
  em: EntityManager,
  hall: HallDirectory,
  ticketId: string,
  toWindowCode: string,
  now: Date,
): Promise<Ticket> {
  const ticket = await findTicket(em, ticketId);
  const zone = await zoneOfWindow(hall, toWindowCode, 'toWindowCode');
  if (zone.code !== ticket.zoneCode) {
    throw badUserInput(
      'toWindowCode',
      `Window ${toWindowCode} is in zone ${zone.code}, ticket ${ticket.number} queues in ${ticket.zoneCode}: take a ticket there`,
    );
  }
  if (ticket.status !== TicketStatus.WAITING && ticket.status !== TicketStatus.CALLED) {
    throw illegal(ticket, 'transferred', 'only a waiting or called ticket can be');
  }
  if (ticket.serviceDay !== shanghaiDate(now)) throw illegal(ticket, 'transferred', 'it is not a ticket of today');
  ticket.status = TicketStatus.WAITING;
  ticket.windowCode = toWindowCode;
  ticket.servingWindowCode = null;
  await em.flush();
  return ticket;
}

/** Records the case the visit produced; linking the same case again changes nothing. */
export async function linkCase(em: EntityManager, ticketId: string, caseNumber: string): Promise<Ticket> {
  const ticket = await findTicket(em, ticketId);
  const trimmed = caseNumber.trim();
  if (!trimmed) throw badUserInput('caseNumber', 'caseNumber must name a case');
  if (ticket.caseNumber && ticket.caseNumber !== trimmed) {
    throw hubError('CONFLICT', `Ticket ${ticket.number} is already linked to case ${ticket.caseNumber}`, {
      ticketId: String(ticket.id),
      caseNumber: ticket.caseNumber,
    });
  }
  ticket.caseNumber = trimmed;
  await em.flush();
  return ticket;
}
