/**
 * Orders map entries by their string key: the one order in which the counter services take their
 * rows, so that two transactions touching the same rows never wait on each other in a cycle.
 */
export function byKey([a]: [string, unknown], [b]: [string, unknown]): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
