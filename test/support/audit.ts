import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditRecorder, httpAuditSender } from '../../lib/audit';
import { systemRequestHeaders } from '../../lib/auth/signed-request';
import { Logger } from '../../lib/logger';
import { RunningServer } from '../../lib/server';
import { startAudit } from '../../subgraphs/audit';
import { createTestDatabase } from './database';

export interface TestAudit {
  server: RunningServer;
  database: Awaited<ReturnType<typeof createTestDatabase>>;
  /** The recorder a subgraph of the test hub sends its entries with (signed as SYSTEM `service`). */
  recorderFor(service: string): AuditRecorder;
  /** Sends every recorder's spool now: afterwards the audit log holds every access made so far. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** The audit subgraph on a throwaway database, and the recorders of the hub's subgraphs. */
export async function startTestAudit(label: string, secret: string, logger: Logger): Promise<TestAudit> {
  const database = await createTestDatabase(`${label}_audit`);
  const server = await startAudit({ port: 0, databaseUrl: database.url, logger, secret });
  const recorders: AuditRecorder[] = [];
  return {
    server,
    database,
    recorderFor(service) {
      const recorder = new AuditRecorder({
        service,
        spoolDirectory: mkdtempSync(join(tmpdir(), `${label}-${service}-audit-`)),
        send: httpAuditSender(server.url, (body) => systemRequestHeaders(service, secret, body)),
        logger,
      });
      recorders.push(recorder);
      return recorder;
    },
    async flush() {
      for (const recorder of recorders) await recorder.flush();
    },
    async stop() {
      await server.stop();
      await database.drop();
    },
  };
}
