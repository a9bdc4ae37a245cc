import { MikroORM } from '@mikro-orm/core';
import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../adapters/kit/mock/start';
import { createProvincialPlatformClient, ProvincialPlatformClient } from '../../../adapters/provincial-platform';
import {
  PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
  startProvincialPlatformDouble,
} from '../../../adapters/provincial-platform/mock';
import { openDatabase } from '../../../lib/database';
import { createLogger } from '../../../lib/logger';
import { RunningServer } from '../../../lib/server';
import { startCatalogue } from '../../../subgraphs/catalogue';
import { catalogueEntities } from '../../../subgraphs/catalogue/entities';
import { catalogueMigrations } from '../../../subgraphs/catalogue/migrations';
import { syncCatalogueToProvince } from '../../../subgraphs/catalogue/provincial/catalogue-sync';
import { seedCatalogue } from '../../../subgraphs/catalogue/seed';
import { seedItems } from '../../../subgraphs/catalogue/seed/items';
import { reviseItem, retireItem } from '../../../subgraphs/catalogue/services/item-versions';
import { createTestDatabase } from '../../support/database';
import { postGraphQL } from '../../support/graphql';
import { ADMIN } from '../../support/identities';

/** The catalogue's implementation list pushed to the provincial double over real HTTP. */
const logger = createLogger('catalogue-sync-test');
const SETTINGS = {
  timeoutMs: 3000,
  retry: { attempts: 1, baseDelayMs: 10 },
  breaker: { failureThreshold: 50, resetTimeoutMs: 1000 },
};
/** Every seeded version: each item's first, plus its revisions. */
const SEEDED_VERSIONS = seedItems.reduce((sum, item) => sum + 1 + (item.revisions?.length ?? 0), 0);

let double: RunningDouble;
let province: ProvincialPlatformClient;
const drops: (() => Promise<void>)[] = [];

beforeAll(async () => {
  double = await startProvincialPlatformDouble({ port: 0 });
  province = createProvincialPlatformClient({
    url: double.url,
    ...PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
    logger,
    ...SETTINGS,
  });
});
afterAll(async () => {
  province.close();
  await double.stop();
  for (const drop of drops) await drop();
});

describe('pushCatalogueToProvince', () => {
  let catalogue: RunningServer;
  beforeAll(async () => {
    const database = await createTestDatabase('catalogue_sync_api');
    drops.push(database.drop);
    catalogue = await startCatalogue({ port: 0, databaseUrl: database.url, logger, province: { client: province } });
  });
  afterAll(() => catalogue.stop());

  it('pushes every item version with every element and material once; run again it sends nothing', async () => {
    const PUSH = `mutation { pushCatalogueToProvince { checked pushed { code version result } } }`;
    const AS_ADMIN = { identity: ADMIN }; // only an admin changes what the province holds
    const first = await postGraphQL(catalogue.url, PUSH, {}, AS_ADMIN);
    expect(first.data.pushCatalogueToProvince.checked).toBe(SEEDED_VERSIONS);
    expect(first.data.pushCatalogueToProvince.pushed).toHaveLength(SEEDED_VERSIONS);
    expect(new Set(first.data.pushCatalogueToProvince.pushed.map(({ result }: { result: string }) => result))).toEqual(
      new Set(['CREATED']),
    );
    expect(await postGraphQL(catalogue.url, PUSH, {}, AS_ADMIN)).toEqual({
      data: { pushCatalogueToProvince: { checked: SEEDED_VERSIONS, pushed: [] } },
    });

    const held = await province.allItems(50);
    expect(held).toHaveLength(SEEDED_VERSIONS);
    expect(held.filter(({ code }) => code.startsWith('XK0000')).slice(0, 4)).toEqual([
      {
        code: 'XK00001000-532503',
        version: 1,
        name: '林木采伐许可证核发',
        state: 'IN_FORCE',
        materialCodes: ['M01', 'M02', 'M03', 'M04', 'M05'],
      },
      {
        code: 'XK00001000-532503',
        version: 2,
        name: '林木采伐许可证核发',
        state: 'IN_FORCE',
        materialCodes: ['M01', 'M02', 'M03', 'M04', 'M05'],
      },
      {
        code: 'XK00002000-532503',
        version: 1,
        name: '木材运输证核发',
        state: 'RETIRED',
        materialCodes: expect.any(Array),
      },
      {
        code: 'XK00003000-532503',
        version: 1,
        name: '使用林地审核审批',
        state: 'IN_FORCE',
        materialCodes: expect.any(Array),
      },
    ]);
  });
});

describe('syncCatalogueToProvince', () => {
  let orm: MikroORM;
  beforeAll(async () => {
    const database = await createTestDatabase('catalogue_sync_changes');
    drops.push(database.drop);
    orm = await openDatabase({ url: database.url, entities: catalogueEntities, migrations: catalogueMigrations });
    await seedCatalogue(orm.em.fork());
  });
  afterAll(() => orm.close());

  it('pushes only what changed: a new version, and a version retired since', async () => {
    const now = new Date('2025-11-03T02:00:00Z');
    await syncCatalogueToProvince(orm.em.fork(), province, now);
    const admin = doubleAdmin(double.url);
    await admin.clearRequests();

    await reviseItem(orm.em.fork(), 'XK00003000-532503', {
      effectiveFrom: '2025-12-01',
      versionNote: '承诺时限压缩',
      changes: { promisedTimeLimit: 8 },
    });
    await retireItem(orm.em.fork(), 'XK00001000-532503', '2026-01-01');
    const report = await syncCatalogueToProvince(orm.em.fork(), province, now);
    expect(report).toEqual({
      checked: SEEDED_VERSIONS + 1,
      pushed: [
        { code: 'XK00001000-532503', version: 2, result: 'UPDATED' },
        { code: 'XK00003000-532503', version: 1, result: 'UPDATED' },
        { code: 'XK00003000-532503', version: 2, result: 'CREATED' },
      ],
    });
    expect((await admin.requests('pushTasks')).length).toBe(1);
    expect(await syncCatalogueToProvince(orm.em.fork(), province, now)).toEqual({
      checked: SEEDED_VERSIONS + 1,
      pushed: [],
    });
  });
});
