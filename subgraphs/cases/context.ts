import { EntityManager, MikroORM } from '@mikro-orm/core';
import { AuditTrail } from '../../lib/audit';
import { Identity } from '../../lib/auth/identity';
import { PersonalDataAccess } from '../../lib/auth/policies';
import { CatalogueClient } from './catalogue/catalogue-client';
import { CaseLoaders, createLoaders } from './loaders';
import { CaseAccess } from './policies/case-access';
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
  /** Who asks, as the gateway (or a hub service) signed it; null when anonymous. */
  identity: Identity | null;
  /** This request's audit trail: every read or write of an applicant's data is recorded in it. */
  audit: AuditTrail;
  /** Which cases and applicants the caller may see (policies/case-access.ts). */
  access: CaseAccess;
}

export function createCasesContext(
  orm: MikroORM,
  catalogue: CatalogueClient,
  clock: () => Date,
  { identity, audit }: PersonalDataAccess,
): CasesContext {
  const em = orm.em.fork();
  const workflow = new CaseWorkflow(em, catalogue, clock, identity);
  return {
    em,
    catalogue,
    clock,
    loaders: createLoaders(em),
    workflow,
    backOffice: new BackOffice(workflow, clock),
    identity,
    audit,
    access: new CaseAccess(em, catalogue, { identity, audit }),
  };
}
