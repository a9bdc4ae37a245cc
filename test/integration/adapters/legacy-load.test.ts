import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { createForestryTransportClient } from '../../../adapters/forestry-transport';
import { startForestryTransportDouble } from '../../../adapters/forestry-transport/mock';
import { CallSettings, CaseSubmission, DEFAULT_CALL_SETTINGS } from '../../../adapters/kit';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { createLogger } from '../../../lib/logger';

/** How the hub spares a legacy system: a cap on concurrent calls and a short-lived read cache (adapters/kit). */

const FARMER = '532503198001010015';
const clients: ReturnType<typeof createForestryTransportClient>[] = [];
function transportClient(url: string, settings: Partial<CallSettings>) {
  const created = createForestryTransportClient({
    url,
    logger: createLogger('test'),
    ...DEFAULT_CALL_SETTINGS,
    ...settings,
  });
  clients.push(created);
  return created;
}
afterAll(() => clients.forEach((client) => client.close()));

/** A stand-in for the transport system that answers 查无记录 after `delayMs` and counts overlapping requests. */
async function countingSystem(delayMs: number) {
  const seen = { requests: 0, inFlight: 0, maxInFlight: 0 };
  const server = createServer((req, res) => {
    seen.requests++;
    seen.maxInFlight = Math.max(seen.maxInFlight, ++seen.inFlight);
    req.resume();
    setTimeout(() => {
      seen.inFlight--;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ code: '1004', msg: '查无记录' }));
    }, delayMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => server.close() };
}

describe('the concurrency cap per system', () => {
  it('lets a burst of 60 lookups reach the system at most 5 at a time, and answers every one', async () => {
    const system = await countingSystem(20);
    try {
      const client = transportClient(system.url, { maxConcurrent: 5, timeoutMs: 5_000 });
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => client.permitsByOwner([`53250319800101${String(i).padStart(4, '0')}`])),
      );

      expect({ answered: answers.filter((found) => found.size === 1).length, ...system.seen }).toEqual({
        answered: 60,
        requests: 60,
        inFlight: 0,
        maxInFlight: 5,
      });
    } finally {
      system.close();
    }
  });

  it('fails a lookup that cannot get a slot in time with LEGACY_TIMEOUT, without sending it', async () => {
    // the first lookup holds the only slot to its deadline (1 s); the second leaves the line at 900 ms, before it
    const system = await countingSystem(1500);
    try {
      const client = transportClient(system.url, {
        maxConcurrent: 1,
        timeoutMs: 1000,
        retry: { attempts: 1, baseDelayMs: 1 },
      });
      const first = client.permitsByOwner([FARMER]).catch((error: unknown) => error);
      const queued = await client.permitsByOwner([FARMER]).catch((error: unknown) => error);

      expect(queued).toMatchObject({
        extensions: { code: 'LEGACY_TIMEOUT', system: 'forestry-transport', operation: 'queryTransportPermits' },
        message:
          'forestry-transport was busy: queryTransportPermits waited 900 ms for a free connection and was not sent',
      });
      expect(await first).toMatchObject({ extensions: { code: 'LEGACY_TIMEOUT' } });
      expect(system.seen.requests).toBe(1);
    } finally {
      system.close();
    }
  });
});

describe('the read cache per system', () => {
  let double: RunningDouble;
  const admin = () => doubleAdmin(double.url);
  const lookups = async () => (await admin().requests('queryTransportPermits')).length;
  const submission: CaseSubmission = {
    reference: '53250320260101000001',
    itemCode: 'XK00002000-532503',
    itemName: '木材运输证核发',
    applicant: { type: 'PERSON', name: '李国林', idNumber: FARMER },
    acceptedAt: '2026-01-05T02:00:00.000Z',
    dueDate: '2026-01-12',
    materials: ['木材运输申请书'],
  };

  beforeAll(async () => {
    double = await startForestryTransportDouble({ port: 0 });
  });
  beforeEach(() => admin().reset());
  afterAll(() => double.stop());

  it('answers the same lookup within the TTL from memory: one legacy call for two', async () => {
    const client = transportClient(double.url, { cache: { ttlMs: 60_000, maxEntries: 100 } });
    const first = await client.permitsByOwner([FARMER]);
    const second = await client.permitsByOwner([FARMER]);

    expect([first.get(FARMER)!.length, second]).toEqual([3, first]);
    expect(await lookups()).toBe(1);
  });

  it('asks the system afresh after a write through the same adapter', async () => {
    const client = transportClient(double.url, { cache: { ttlMs: 60_000, maxEntries: 100 } });
    await client.permitsByOwner([FARMER]);
    await client.submitCase(submission);
    await client.permitsByOwner([FARMER]);

    expect(await lookups()).toBe(2);
  });

  it('with TTL 0 asks the system every time', async () => {
    const client = transportClient(double.url, { cache: { ttlMs: 0, maxEntries: 100 } });
    await client.permitsByOwner([FARMER]);
    await client.permitsByOwner([FARMER]);

    expect(await lookups()).toBe(2);
  });
});
