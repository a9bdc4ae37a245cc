import { ChildProcess, spawn } from 'node:child_process';

/** A service started as its own process, as in production: one process per subgraph. */
export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  healthUrl: string;
}

export function startProcess(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  healthUrl: string,
): ServiceProcess {
  const child = spawn(process.execPath, [script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return { name, child, healthUrl };
}

/** Polls the service’s health URL until it answers 200; fails early if the process exits first. */
export async function waitUntilHealthy(service: ServiceProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) throw new Error(`${service.name} exited with code ${service.child.exitCode}`);
    try {
      const response = await fetch(service.healthUrl, { signal: AbortSignal.timeout(1000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${service.name} was not healthy at ${service.healthUrl} within ${timeoutMs} ms`);
}

/** SIGTERM to every process, newest first (the gateway before what it depends on); waits for all. */
export async function stopAll(services: ServiceProcess[]): Promise<void> {
  await Promise.all(
    [...services].reverse().map(
      ({ child }) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        }),
    ),
  );
}
