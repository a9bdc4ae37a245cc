import type { Request } from 'express';
import { Identity } from '../auth/identity';
import { Logger } from '../logger';
import { AuditEntry } from './entry';
import { AuditSpool } from './spool';
import { AuditTrail, auditRequestOf } from './trail';

/** Delivers a batch to the audit service; throws when it did not store them all. */
export type AuditSender = (entries: AuditEntry[]) => Promise<void>;

export interface AuditRecorderOptions {
  /** The subgraph recording (the entries' `service`). */
  service: string;
  /** Where the spool file lives (`data/audit-spool` by default in `main.ts`; a temporary directory in tests). */
  spoolDirectory: string;
  send: AuditSender;
  logger: Logger;
  /** How often the spool is sent (default 1 s). */
  intervalMs?: number;
  /** Entries per call to the audit service (default 200). */
  batchSize?: number;
}

/**
 * A subgraph's side of the audit log: a trail per request writing to the durable spool, and a
 * background round sending the spool to the audit service in batches. When the audit service is
 * down the spool grows and is sent when it is back; nothing is lost across restarts either.
 */
export class AuditRecorder {
  private readonly spool: AuditSpool;
  private timer: NodeJS.Timeout | null = null;
  private round: Promise<number> | null = null;

  constructor(private readonly options: AuditRecorderOptions) {
    this.spool = new AuditSpool(options.spoolDirectory, options.service);
  }

  /** The trail of one GraphQL request (from the context function's `req` and verified identity). */
  trail(req: Request | undefined, identity: Identity | null): AuditTrail {
    return new AuditTrail(auditRequestOf(this.options.service, req, identity), this.spool);
  }

  start(): void {
    this.timer ??= setInterval(() => void this.flush().catch(() => undefined), this.options.intervalMs ?? 1000);
    this.timer.unref();
  }

  /** Sends what is spooled now (one round at a time); the number of entries sent. */
  flush(): Promise<number> {
    this.round ??= this.spool
      .drain(this.options.send, this.options.batchSize ?? 200)
      .catch((error: Error) => {
        this.options.logger.warn(
          { err: error, backlog: this.spool.backlog() },
          'audit entries kept for the next round',
        );
        throw error;
      })
      .finally(() => (this.round = null));
    return this.round;
  }

  backlog(): number {
    return this.spool.backlog();
  }

  /** Stops the rounds after one last attempt; what could not be sent stays spooled for the next start. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush().catch(() => undefined);
  }
}
