import { readFileSync } from 'node:fs';
import { processTree } from './process-tree';

/** RSS in bytes of one process, or 0 when it is gone (Linux /proc). */
function rssOf(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kilobytes = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kilobytes ? Number(kilobytes) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the resident memory of a process tree every `intervalMs` until stopped; `stop()` gives
 * the peak of the tree's summed RSS, in MiB.
 */
export function sampleMemory(pid: number, intervalMs = 250): { stop(): number } {
  let peak = 0;
  const sample = () => {
    const total = processTree(pid).reduce((sum, member) => sum + rssOf(member), 0);
    peak = Math.max(peak, total);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return Math.round(peak / 1024 / 1024);
    },
  };
}
