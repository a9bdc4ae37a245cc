import cluster from 'node:cluster';

/**
 * Runs `serve` in `workers` processes sharing one listening port (node:cluster; the primary only
 * hands out connections and restarts a worker that dies). One worker runs `serve` in this process.
 *
 * Why: the gateway is CPU-bound (parsing, planning, merging subgraph responses) and one Node
 * process uses one core. `npm run bench` on the 2-core bench machine, `--workers 2` vs 1, is in
 * test/bench/README.md; set GATEWAY_WORKERS to the cores the gateway may use.
 */
export function runInWorkers(workers: number, serve: () => unknown): void {
  if (workers <= 1 || !cluster.isPrimary) {
    serve();
    return;
  }
  let stopping = false;
  for (let index = 0; index < workers; index++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`gateway worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

/** GATEWAY_WORKERS: how many gateway processes serve the port (default 1, no cluster). */
export function gatewayWorkers(env: NodeJS.ProcessEnv = process.env): number {
  const workers = Number(env.GATEWAY_WORKERS ?? 1);
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`GATEWAY_WORKERS must be a positive integer, got ${env.GATEWAY_WORKERS}`);
  return workers;
}
