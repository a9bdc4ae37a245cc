import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { systemRequestHeaders } from '../auth/signed-request';
import { secretOrTestDefault, subgraphSecretVariable } from '../auth/subgraph-secrets';
import { loadConfig, optional } from '../config';
import { Logger } from '../logger';
import { dataDir } from '../paths';
import { defaultSubgraphUrl, findSubgraph, subgraphUrlVariable } from '../services';
import { httpAuditSender } from './http-sender';
import { AuditRecorder } from './recorder';

/**
 * What a subgraph reads to send its audit entries: the audit subgraph's URL and signing secret
 * (the same variables the gateway uses for it) and the spool directory.
 */
export const auditRecorderSettings = z.object({
  [subgraphUrlVariable('audit')]: z.url().default(defaultSubgraphUrl(findSubgraph('audit'))),
  [subgraphSecretVariable('audit')]: optional(z.string().min(32)),
  /** Where unsent entries wait (one JSON-lines file per service); `data/audit-spool` by default. */
  AUDIT_SPOOL_DIR: optional(z.string().min(1)),
});

/**
 * The recorder a subgraph uses unless its starter is given one: configured from the environment,
 * validated now (a service with a bad setting refuses to start). Under jest each recorder spools to a
 * fresh temporary directory: never into the repository's data/, never into another test's.
 */
export function auditRecorderFromEnvironment(service: string, logger: Logger, env = process.env): AuditRecorder {
  const config = loadConfig(auditRecorderSettings, env) as Record<string, string | undefined>;
  const secret = secretOrTestDefault(config[subgraphSecretVariable('audit')], `${service} → audit`);
  const spoolDirectory =
    config.AUDIT_SPOOL_DIR ??
    (env.NODE_ENV === 'test' ? mkdtempSync(join(tmpdir(), 'hub-audit-')) : join(dataDir(), 'audit-spool'));
  return new AuditRecorder({
    service,
    spoolDirectory,
    logger,
    send: httpAuditSender(config[subgraphUrlVariable('audit')]!, (body) => systemRequestHeaders(service, secret, body)),
  });
}
