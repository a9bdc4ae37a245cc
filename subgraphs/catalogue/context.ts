import { EntityManager } from '@mikro-orm/core';
import { Identity } from '../../lib/auth/identity';
import { shanghaiDate } from '../../lib/scalars';
import { CatalogueLoaders, createLoaders } from './loaders';
import { ProvincialCataloguePort } from './provincial/catalogue-sync';

/** What every resolver of a request sees: its own EntityManager fork and its own loaders. */
export interface CatalogueContext {
  em: EntityManager;
  loaders: CatalogueLoaders;
  /** The request's date in Asia/Shanghai: what "active" and "current" mean for this request. */
  today: string;
  /** The request's instant. */
  now: Date;
  /** The provincial platform the implementation list is pushed to; null when none is configured. */
  province: ProvincialCataloguePort | null;
  /** Who asks: the catalogue is public to read; only an ADMIN changes it. */
  identity: Identity | null;
}

export function createContext(
  em: EntityManager,
  today: string = shanghaiDate(),
  province: ProvincialCataloguePort | null = null,
  identity: Identity | null = null,
): CatalogueContext {
  const fork = em.fork();
  return { em: fork, loaders: createLoaders(fork, today), today, now: new Date(), province, identity };
}
