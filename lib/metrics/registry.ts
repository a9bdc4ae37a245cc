import type { Request, Response } from 'express';
import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * The process's Prometheus registry: the process metrics (CPU, memory, event-loop lag, GC) and
 * every metric of the hub. One per process, as one process runs one service in production; the
 * hub's own metrics carry a `service` label so that a test running several in one process can
 * still tell them apart.
 */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

/** `GET /metrics` in the Prometheus text format. */
export async function serveMetrics(_req: Request, res: Response): Promise<void> {
  res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
}
