import { EntityManager, MikroORM } from '@mikro-orm/core';
import { CatalogueClient } from './catalogue/catalogue-client';
import { CaseLoaders, createLoaders } from './loaders';
import { BackOffice } from './services/back-office';
import { CaseWorkflow } from './services/case-workflow';

/** What every resolver of the cases subgraph gets: its own EntityManager fork and loaders. */
export interface CasesContext {
  em: EntityManager;
  catalogue: CatalogueClient;
  /** The current instant; injected so tests can place cases on chosen days. */
  clock: () => Date;
  loaders: CaseLoaders;
  workflow: CaseWorkflow;
  backOffice: BackOffice;
}

export function createCasesContext(orm: MikroORM, catalogue: CatalogueClient, clock: () => Date): CasesContext {
  const em = orm.em.fork();
  const workflow = new CaseWorkflow(em, catalogue, clock);
  return { em, catalogue, clock, loaders: createLoaders(em), workflow, backOffice: new BackOffice(workflow, clock) };
}
