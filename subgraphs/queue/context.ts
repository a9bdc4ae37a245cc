import { EntityManager, MikroORM } from '@mikro-orm/core';
import { PersonalDataAccess } from '../../lib/auth/policies';
import { HallDirectory } from './hall/hall-directory';
import { Terminal } from './terminal/terminals';

/** What every resolver of the queue subgraph gets. */
export interface QueueContext extends PersonalDataAccess {
  /** This request's own EntityManager fork. */
  em: EntityManager;
  hall: HallDirectory;
  /** The current instant; injected so tests can cross midnight and measure waits exactly. */
  clock: () => Date;
  /** The device that sent the request, when it presented a valid key. */
  terminal: Terminal | null;
}

export function createQueueContext(
  orm: MikroORM,
  hall: HallDirectory,
  clock: () => Date,
  terminal: Terminal | null,
  access: PersonalDataAccess,
): QueueContext {
  return { ...access, em: orm.em.fork(), hall, clock, terminal };
}
