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
