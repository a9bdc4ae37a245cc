import { EntityManager } from '@mikro-orm/core';
import { shanghaiDate } from '../../lib/scalars';
import { CatalogueLoaders, createLoaders } from './loaders';

/** What every resolver of a request sees: its own EntityManager fork and its own loaders. */
export interface CatalogueContext {
  em: EntityManager;
  loaders: CatalogueLoaders;
  /** The request's date in Asia/Shanghai: what "active" and "current" mean for this request. */
  today: string;
}

export function createContext(em: EntityManager, today: string = shanghaiDate()): CatalogueContext {
  const fork = em.fork();
  return { em: fork, loaders: createLoaders(fork, today), today };
}
