import { EntityManager, MikroORM } from '@mikro-orm/core';
import { Identity } from '../../lib/auth/identity';

/** What every resolver of the audit subgraph gets. */
export interface AuditContext {
  /** This request's own EntityManager fork. */
  em: EntityManager;
  /** Who asks, as the gateway (or a hub service) signed it; null when anonymous. */
  identity: Identity | null;
}

export function createAuditContext(orm: MikroORM, identity: Identity | null): AuditContext {
  return { em: orm.em.fork(), identity };
}
