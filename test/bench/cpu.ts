import { readFileSync } from 'node:fs';
import { processTree, statFields } from './process-tree';

/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux the bench runs on). */
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) the process tree has used so far (Linux /proc: fields 14 and
 * 15 of each member's stat). The difference over a load run, divided by the requests answered, is
 * what one request costs the gateway — a figure the shared backend's speed does not cap.
 */
export function cpuMsOf(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    const fields = statFields(member);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * CPU milliseconds the whole machine has spent busy so far, summed over its cores (/proc/stat's
 * `cpu` line: user, nice, system, irq, softirq and steal; idle and iowait left out). Over a load
 * run, per request, it is everything one request costs on this shared machine — gateway,
 * subgraphs, audit, doubles, databases and the load generator alike.
 */
export function machineCpuMs(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n', 1)[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / TICKS_PER_SECOND;
}
