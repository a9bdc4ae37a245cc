import cluster from 'node:cluster';

/**
 * Runs `serve` in `workers` processes sharing one listening port (node:cluster; the primary only
 * hands out connections and restarts a worker that dies). One worker runs `serve` in this process.
 *
 * Why: one Node process uses one core. `npm run bench` on the 2-core bench machine: where the
 * gateway itself is the work (catalogue search, answered from the reference cache) 1,093 req/s with
 * one worker, 1,375 with two; queries bound by the subgraphs do not move. Set GATEWAY_WORKERS to
 * the cores the gateway may use (default 1; read by `gatewayWorkers` in config.ts).
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
