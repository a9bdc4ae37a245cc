import { observeOutbox } from '../../../lib/metrics/outbox';
import { metricsRegistry } from '../../../lib/metrics/registry';

// The cases service hands /metrics a reader of its dispatch outbox; each scrape reads it.
const scrape = async () =>
  (await metricsRegistry.metrics()).split('\n').filter((line) => /^hub_outbox_\w+ /.test(line));

test('each scrape reports the outbox depth and the age of its oldest message', async () => {
  const now = Date.now();
  const depths = [3, 0];
  const stop = observeOutbox(async () => {
    const depth = depths.shift()!;
    return { depth, oldestCreatedAt: depth ? new Date(now - 90_000) : null };
  });
  try {
    const [depth, age] = await scrape();
    expect(depth).toBe('hub_outbox_depth 3');
    expect(Number(age.split(' ')[1])).toBeGreaterThanOrEqual(90);
    expect(await scrape()).toEqual(['hub_outbox_depth 0', 'hub_outbox_oldest_age_seconds 0']);
  } finally {
    stop();
  }
});
