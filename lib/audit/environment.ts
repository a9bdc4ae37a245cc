import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { systemRequestHeaders } from '../auth/signed-request';
import { signingSecret, subgraphSecretVariable } from '../auth/subgraph-secrets';
import { loadConfig, optional } from '../config';
import { Logger } from '../logger';
import { dataDir } from '../paths';
import { defaultSubgraphUrl, findSubgraph, subgraphUrlVariable } from '../services';
import { httpAuditSender } from './http-sender';
import { AuditRecorder } from './recorder';

const URL_VARIABLE = subgraphUrlVariable('audit');
const SECRET_VARIABLE = subgraphSecretVariable('audit');

/**
 * What a subgraph that records personal-data access reads (spread into its settings schema): the
 * audit subgraph's URL and signing secret — the variables the gateway uses for it — and the spool.
 */
export function auditRecorderSettings() {
  return {
    /** SUBGRAPH_AUDIT_URL: where entries are sent, service to service. */
    [URL_VARIABLE]: z.url().default(defaultSubgraphUrl(findSubgraph('audit'))),
    /** SUBGRAPH_AUDIT_SECRET: signs the batches as SYSTEM. */
    [SECRET_VARIABLE]: signingSecret(),
    /** Where unsent entries wait (one JSON-lines file per service); `data/audit-spool` by default. */
    AUDIT_SPOOL_DIR: optional(z.string().min(1)),
  };
}

/** The recorder of `service` from its validated settings. */
export function auditRecorder(service: string, config: object, logger: Logger): AuditRecorder {
  const settings = config as Record<string, string | undefined>;
  const secret = settings[SECRET_VARIABLE]!;
  return new AuditRecorder({
    service,
    spoolDirectory: settings.AUDIT_SPOOL_DIR ?? join(dataDir(), 'audit-spool'),
    logger,
    send: httpAuditSender(settings[URL_VARIABLE]!, (body) => systemRequestHeaders(service, secret, body)),
  });
}

/**
 * The recorder a subgraph uses when its starter is given none (tests that start one subgraph
 * alone): configured from the environment, spooling under jest, unless told where, to a fresh
 * temporary directory — never into the repository's data/, never into another test's.
 */
export function auditRecorderFromEnvironment(service: string, logger: Logger, env = process.env): AuditRecorder {
  const config = loadConfig(z.object(auditRecorderSettings()), env);
  const spool =
    env.NODE_ENV === 'test' && !env.AUDIT_SPOOL_DIR
      ? { AUDIT_SPOOL_DIR: mkdtempSync(join(tmpdir(), 'hub-audit-')) }
      : {};
  return auditRecorder(service, { ...config, ...spool }, logger);
}
