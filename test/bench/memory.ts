import { readdirSync, readFileSync } from 'node:fs';

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

/** The process and all its descendants: cluster and fork workers count towards a gateway's memory. */
function processTree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // the command name (field 2) may contain spaces; the parent pid follows its closing bracket
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // exited while we looked
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(parents.get(tree[index]) ?? []));
  return tree;
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
