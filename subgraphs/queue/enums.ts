import { registerEnumType } from 'type-graphql';

/**
 * Where a ticket stands. A called ticket stays CALLED while its holder is at the window; the
 * window's next call makes it SERVED. A transfer puts it back to WAITING, addressed to the new window.
 */
export enum TicketStatus {
  WAITING = 'WAITING',
  CALLED = 'CALLED',
  SERVED = 'SERVED',
  SKIPPED = 'SKIPPED',
}

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Where a queue ticket stands.',
  valuesConfig: {
    WAITING: { description: 'Taken (or transferred) and waiting to be called.' },
    CALLED: { description: 'Called to a window (叫号); its holder is being served there.' },
    SERVED: { description: 'Served: the window has since called its next ticket.' },
    SKIPPED: { description: 'Called but the holder did not come (过号); a recall brings it back.' },
  },
});
