import type { Express } from 'express';

/** A service's readiness: whether it can do its work now, and if not, why. */
export interface HealthReport {
  ok: boolean;
  /** One line per problem, naming what is down ("pensions: unreachable"); empty when ready. */
  reasons?: string[];
  /** What was checked, reported whether ready or not. */
  details?: Record<string, unknown>;
  /** Overrides the status word of a ready service: the gateway answers `degraded` when part of the graph is down. */
  status?: 'ok' | 'degraded';
}

/** How long one readiness check may take before it counts as failed. */
export const READINESS_TIMEOUT_MS = 2000;

/**
 * Health the way X-Road's security server reports it:
 * - `GET /health/live`: the process serves HTTP (an orchestrator restarts it when this fails);
 * - `GET /health/ready`: what it depends on answers; 200 `ok` (or `degraded`), or 503
 *   `unavailable` with the reasons. A check that throws or outlasts READINESS_TIMEOUT_MS is a reason.
 */
export function mountHealth(app: Express, service: string, ready: () => Promise<HealthReport>): void {
  app.get('/health/live', (_req, res) => {
    res.json({ service, status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const report = await withTimeout(ready(), READINESS_TIMEOUT_MS).catch((error: Error): HealthReport => ({
      ok: false,
      reasons: [`readiness check failed: ${error.message}`],
    }));
    const status = report.ok ? (report.status ?? 'ok') : 'unavailable';
    res.status(report.ok ? 200 : 503).json({
      service,
      status,
      ...(report.reasons?.length ? { reasons: report.reasons } : {}),
      ...report.details,
    });
  });
}

/** A service that owns a database is ready while the database answers. */
export async function databaseReadiness(isConnected: () => Promise<boolean>): Promise<HealthReport> {
  const connected = await isConnected().catch(() => false);
  return connected
    ? { ok: true, details: { database: 'ok' } }
    : { ok: false, reasons: ['database: unreachable'], details: { database: 'unreachable' } };
}

function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
