import { MikroORM } from '@mikro-orm/core';
import { graphql, GraphQLSchema } from 'graphql';
import { openDatabase } from '../../../lib/database';
import { createContext } from '../../../subgraphs/catalogue/context';
import { catalogueEntities, ServiceItem } from '../../../subgraphs/catalogue/entities';
import { OnlineDepth } from '../../../subgraphs/catalogue/enums';
import { catalogueMigrations } from '../../../subgraphs/catalogue/migrations';
import { buildCatalogueSchema } from '../../../subgraphs/catalogue/schema';
import { seedCalendar, seedCatalogue } from '../../../subgraphs/catalogue/seed';
import { retireItem, reviseItem } from '../../../subgraphs/catalogue/services/item-versions';
import { createTestDatabase } from '../../support/database';

// the catalogue's own services and schema in-process, on the same engines CI uses
let orm: MikroORM;
let schema: GraphQLSchema;
let drop: () => Promise<void>;
const TODAY = '2026-03-01';
const run = async (source: string, variableValues?: Record<string, unknown>) => {
  const result = await graphql({ schema, source, variableValues, contextValue: createContext(orm.em, TODAY) });
  return JSON.parse(JSON.stringify(result));
};

beforeAll(async () => {
  const database = await createTestDatabase('catalogue_versions');
  drop = database.drop;
  orm = await openDatabase({ url: database.url, entities: catalogueEntities, migrations: catalogueMigrations });
  await seedCalendar(orm.em.fork());
  await seedCatalogue(orm.em.fork());
  schema = await buildCatalogueSchema();
});

afterAll(async () => {
  await orm?.close();
  await drop?.();
});

test('seeding again changes nothing', async () => {
  expect(await seedCatalogue(orm.em.fork())).toBe(false);
  expect(await seedCalendar(orm.em.fork())).toEqual([]);
  // 29 items, one of them (the harvest permit) in two versions
  expect(await orm.em.fork().count(ServiceItem, {})).toBe(30);
});

describe('a change creates a new version', () => {
  const PENSION = 'JF00018000-532503001';
  const VERSION = `query($code: String!, $version: Int) {
    serviceItem(code: $code, version: $version) {
      version validFrom validUntil onlineDepth visitsRequired versionNote isCurrentVersion
      materials { code } process { name }
    }
  }`;

  beforeAll(async () => {
    await reviseItem(orm.em.fork(), PENSION, {
      effectiveFrom: '2026-01-01',
      versionNote: '待遇领取申请实现全程网办',
      changes: { onlineDepth: OnlineDepth.FULLY_ONLINE, visitsRequired: 0 },
    });
  });

  test('the current version carries the change and keeps the rest of the guide', async () => {
    expect((await run(VERSION, { code: PENSION })).data.serviceItem).toEqual({
      version: 2,
      validFrom: '2026-01-01',
      validUntil: null,
      onlineDepth: 'FULLY_ONLINE',
      visitsRequired: 0,
      versionNote: '待遇领取申请实现全程网办',
      isCurrentVersion: true,
      materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }, { code: 'M04' }],
      process: [{ name: '受理' }, { name: '审查' }, { name: '决定' }, { name: '送达' }],
    });
  });

  test('the old version is still there, closed the day before', async () => {
    expect((await run(VERSION, { code: PENSION, version: 1 })).data.serviceItem).toEqual({
      version: 1,
      validFrom: '2017-10-01',
      validUntil: '2025-12-31',
      onlineDepth: 'ONLINE_PRE_REVIEW',
      visitsRequired: 1,
      versionNote: '试点首版办事指南',
      isCurrentVersion: false,
      materials: [{ code: 'M01' }, { code: 'M02' }, { code: 'M03' }, { code: 'M04' }],
      process: [{ name: '受理' }, { name: '审查' }, { name: '决定' }, { name: '送达' }],
    });
  });

  test('the list still shows each item once', async () => {
    const { data } = await run(
      '{ serviceItems(filter: { keyword: "待遇领取" }) { totalCount nodes { code version } } }',
    );
    expect(data.serviceItems).toEqual({ totalCount: 1, nodes: [{ code: PENSION, version: 2 }] });
  });

  test('a revision must take effect after the current version', async () => {
    await expect(
      reviseItem(orm.em.fork(), PENSION, { effectiveFrom: '2026-01-01', versionNote: 'x', changes: {} }),
    ).rejects.toMatchObject({
      extensions: { code: 'CONFLICT', itemCode: PENSION },
    });
  });

  test('a retired item cannot be revised', async () => {
    await expect(
      reviseItem(orm.em.fork(), 'XK00002000-532503', { effectiveFrom: '2026-01-01', versionNote: 'x', changes: {} }),
    ).rejects.toMatchObject({
      extensions: { code: 'ITEM_RETIRED', itemCode: 'XK00002000-532503' },
    });
  });
});

describe('retiring an item', () => {
  const SOCIETY = 'XK00023000-532503';
  const TEACHER = 'QR00029000-532503';

  beforeAll(async () => {
    await retireItem(orm.em.fork(), SOCIETY, '2025-06-01');
    await retireItem(orm.em.fork(), TEACHER, '2027-01-01');
  });

  test('from a past date: RETIRED, its last version ends the day before, its authorisation ends with it', async () => {
    const { data } = await run(`{
      item: serviceItem(code: "${SOCIETY}") { status validUntil retiredOn window { code } }
      authorisations(itemCode: "${SOCIETY}") { itemCode }
      listed: serviceItems(filter: { departmentCode: "532503-MZ" }) { totalCount }
      withRetired: serviceItems(filter: { departmentCode: "532503-MZ", includeRetired: true }) { totalCount }
      department(code: "532503-MZ") { itemCount authorisedItemCount }
    }`);
    expect(data).toEqual({
      item: { status: 'RETIRED', validUntil: '2025-05-31', retiredOn: '2025-06-01', window: { code: 'DW-MZ' } },
      authorisations: [],
      listed: { totalCount: 0 },
      withRetired: { totalCount: 1 },
      department: { itemCount: 0, authorisedItemCount: 0 },
    });
  });

  test('from a future date: still ACTIVE and listed until then', async () => {
    const { data } = await run(`{
      item: serviceItem(code: "${TEACHER}") { status validUntil retiredOn }
      listed: serviceItems(filter: { departmentCode: "532503-JYJ" }) { nodes { code } }
    }`);
    expect(data).toEqual({
      item: { status: 'ACTIVE', validUntil: '2026-12-31', retiredOn: '2027-01-01' },
      listed: { nodes: [{ code: TEACHER }] },
    });
  });

  test('an item cannot be retired twice', async () => {
    await expect(retireItem(orm.em.fork(), SOCIETY, '2026-01-01')).rejects.toMatchObject({
      extensions: { code: 'ITEM_RETIRED', itemCode: SOCIETY },
    });
  });
});

test('fifty item references in one request cost one item query', async () => {
  const codes = (await orm.em.fork().find(ServiceItem, { current: true }, { orderBy: { code: 'asc' } })).map(
    (item) => item.code,
  );
  const representations = Array.from({ length: 50 }, (_, index) => ({
    __typename: 'ServiceItem',
    code: codes[index % codes.length],
  }));
  const queries: string[] = [];
  orm.config.set('onQuery', (sql: string) => {
    queries.push(sql);
    return sql;
  });
  try {
    const { data } = await run(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on ServiceItem { code department { code } } } }`,
      { representations },
    );
    expect(data._entities.map((entity: { code: string }) => entity.code)).toEqual(
      representations.map((representation) => representation.code),
    );
  } finally {
    orm.config.set('onQuery', (sql: string) => sql);
  }
  const tables = queries.map((sql) => /from [`"](\w+)[`"]/.exec(sql)?.[1]);
  expect(tables).toEqual(['service_item', 'department']);
});
