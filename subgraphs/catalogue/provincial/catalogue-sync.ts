import { EntityManager } from '@mikro-orm/core';
import { createHash } from 'node:crypto';
import { ImplementationItem, MAX_TASKS_PER_PUSH, PushOutcome } from '../../../adapters/provincial-platform';
import { shanghaiDate } from '../../../lib/scalars';
import { ProvincialPush, ServiceItem } from '../entities';
import { createLoaders } from '../loaders';
import { implementationItem } from './implementation-list';

/** What the sync needs of the platform: the adapter's push (tests may count the calls). */
export interface ProvincialCataloguePort {
  pushItems(items: readonly ImplementationItem[]): Promise<PushOutcome[]>;
}

export interface CatalogueSyncReport {
  /** Item versions in the catalogue. */
  checked: number;
  /** What the platform answered for each version sent this time, in order. */
  pushed: PushOutcome[];
}

const fingerprint = (item: ImplementationItem) => createHash('sha256').update(JSON.stringify(item)).digest('hex');

/**
 * Pushes the catalogue's implementation list to the province: every version of every item (so the
 * platform has each version a case may pin), oldest first, but only those never pushed or whose
 * record changed since. The platform keys versions by code and version, so a push repeated after
 * a crash is harmless. Each acknowledged batch is recorded at once: if a batch fails (the platform
 * down, the signature refused) the error is thrown and the next run resumes from that batch.
 */
export async function syncCatalogueToProvince(
  em: EntityManager,
  province: ProvincialCataloguePort,
  now: Date,
): Promise<CatalogueSyncReport> {
  const loaders = createLoaders(em, shanghaiDate(now));
  const versions = await em.find(ServiceItem, {}, { orderBy: { code: 'asc', version: 'asc' } });
  const acknowledged = new Map(
    (await em.find(ProvincialPush, {})).map((push) => [`${push.itemCode}@${push.version}`, push]),
  );
  const pending: { item: ImplementationItem; fingerprint: string }[] = [];
  for (const version of versions) {
    const item = await implementationItem(version, loaders);
    const print = fingerprint(item);
    if (acknowledged.get(`${item.code}@${item.version}`)?.fingerprint !== print)
      pending.push({ item, fingerprint: print });
  }

  const pushed: PushOutcome[] = [];
  for (let start = 0; start < pending.length; start += MAX_TASKS_PER_PUSH) {
    const batch = pending.slice(start, start + MAX_TASKS_PER_PUSH);
    const outcomes = await province.pushItems(batch.map(({ item }) => item));
    for (const { item, fingerprint: print } of batch) {
      const outcome = outcomes.find(({ code, version }) => code === item.code && version === item.version);
      // a version the platform did not acknowledge stays pending for the next run
      if (!outcome) continue;
      const record = acknowledged.get(`${item.code}@${item.version}`);
      const result = outcome.result;
      if (record) Object.assign(record, { fingerprint: print, pushedAt: now, result });
      else
        em.create(ProvincialPush, {
          itemCode: item.code,
          version: item.version,
          fingerprint: print,
          pushedAt: now,
          result,
        });
    }
    await em.flush();
    pushed.push(...outcomes);
  }
  return { checked: versions.length, pushed };
}
