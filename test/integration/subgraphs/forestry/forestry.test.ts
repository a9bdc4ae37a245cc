import { GraphQLAnswer, personRepresentations, postGraphQL } from '../../../support/graphql';
import { startForestryHarvestDouble, HARVEST_SERVICE_PATH } from '../../../../adapters/forestry-harvest/mock';
import { startForestryLandUseDouble } from '../../../../adapters/forestry-land-use/mock';
import { startForestryTransportDouble } from '../../../../adapters/forestry-transport/mock';
import { doubleAdmin, DoubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { createLogger } from '../../../../lib/logger';
import { RunningServer } from '../../../../lib/server';
import { startForestry } from '../../../../subgraphs/forestry';
import { asOfficer, KEEPERS } from '../../../support/identities';

/** The forestry bureau reads its systems' records (a citizen would read only their own). */
const FORESTRY_OFFICER = asOfficer(KEEPERS.forestry);

const FARMER = '532503198001010015';
const TIMBER_COMPANY = '91532503MA6K123404';
// roomy: a normal call must fit even on a busy shared CI machine
const TIMEOUT_MS = 1000;
const CALLS = {
  timeoutMs: TIMEOUT_MS,
  retry: { attempts: 2, baseDelayMs: 10 },
  breaker: { failureThreshold: 100, resetTimeoutMs: 60_000 },
};

let doubles: { harvest: RunningDouble; transport: RunningDouble; landUse: RunningDouble };
let admins: { harvest: DoubleAdmin; transport: DoubleAdmin; landUse: DoubleAdmin };
let forestry: RunningServer;

async function startSubgraph(breaker = CALLS.breaker) {
  return startForestry({
    port: 0,
    logger: createLogger('forestry-test'),
    harvest: { ...CALLS, breaker, url: `${doubles.harvest.url}${HARVEST_SERVICE_PATH}` },
    transport: { ...CALLS, breaker, url: doubles.transport.url },
    landUse: { ...CALLS, breaker, url: doubles.landUse.url },
  });
}

const query = (server: RunningServer, text: string, variables: Record<string, unknown> = {}) =>
  postGraphQL(server.url, text, variables, { identity: FORESTRY_OFFICER });

const ENTITIES = `query Holders($representations: [_Any!]!) { _entities(representations: $representations) { ...on Person { idNumber forestryPermits { ...permits } } ...on Enterprise { creditCode forestryPermits { ...permits } } } }`;
const representations = (...keys: string[]) =>
  keys.map((key) =>
    key.length === 18 && /^\d{17}/.test(key)
      ? { __typename: 'Person', idNumber: key }
      : { __typename: 'Enterprise', creditCode: key },
  );

/** What a failing system leaves in `errors`: where, which code, which system (messages are for people). */
const failures = (errors: GraphQLAnswer['errors'] = []) =>
  errors
    .map(({ path, extensions }) => ({ path: path.join('.'), code: extensions.code, system: extensions.system }))
    .sort((a, b) => a.path.localeCompare(b.path));

beforeAll(async () => {
  doubles = {
    harvest: await startForestryHarvestDouble({ port: 0 }),
    transport: await startForestryTransportDouble({ port: 0 }),
    landUse: await startForestryLandUseDouble({ port: 0 }),
  };
  admins = {
    harvest: doubleAdmin(doubles.harvest.url),
    transport: doubleAdmin(doubles.transport.url),
    landUse: doubleAdmin(doubles.landUse.url),
  };
  forestry = await startSubgraph();
});
afterEach(() => Promise.all(Object.values(admins).map((admin) => admin.reset())));
afterAll(async () => {
  await forestry.stop();
  await Promise.all(Object.values(doubles).map((double) => double.stop()));
});

describe('forestry subgraph over its three doubles (real HTTP)', () => {
  const LINKAGE = `fragment permits on ForestryPermits {
    harvestPermits {
      permitNumber approvedVolume transportedVolume remainingVolume overTransported
      transportPermits { permitNumber volume exceedsRemainingVolume }
      precedingLandUseApprovals { approvalNumber approvalDate }
    }
    transportPermits { permitNumber harvestPermitNumber }
    landUseApprovals { approvalNumber applicantName }
  }`;

  it('joins the three systems for a person and an enterprise: draw-down, over-transport flag, preceding land use', async () => {
    const result = await query(forestry, `${ENTITIES} ${LINKAGE}`, {
      representations: representations(FARMER, TIMBER_COMPANY),
    });

    expect(result).toEqual({
      data: {
        _entities: [
          {
            idNumber: FARMER,
            forestryPermits: {
              harvestPermits: [
                {
                  permitNumber: 'CF2019-0001',
                  approvedVolume: 45600,
                  transportedVolume: 38500,
                  remainingVolume: 7100,
                  overTransported: false,
                  transportPermits: [
                    { permitNumber: 'YS2019-0001', volume: 20000, exceedsRemainingVolume: false },
                    { permitNumber: 'YS2019-0002', volume: 18500, exceedsRemainingVolume: false },
                  ],
                  precedingLandUseApprovals: [],
                },
                {
                  permitNumber: 'CF2020-0002',
                  approvedVolume: 30000,
                  transportedVolume: 12250,
                  remainingVolume: 17750,
                  overTransported: false,
                  transportPermits: [{ permitNumber: 'YS2020-0003', volume: 12250, exceedsRemainingVolume: false }],
                  precedingLandUseApprovals: [],
                },
              ],
              transportPermits: [
                { permitNumber: 'YS2019-0001', harvestPermitNumber: 'CF2019-0001' },
                { permitNumber: 'YS2019-0002', harvestPermitNumber: 'CF2019-0001' },
                { permitNumber: 'YS2020-0003', harvestPermitNumber: 'CF2020-0002' },
              ],
              landUseApprovals: [],
            },
          },
          {
            creditCode: TIMBER_COMPANY,
            forestryPermits: {
              harvestPermits: [
                {
                  permitNumber: 'CF2019-0003',
                  approvedVolume: 80000,
                  transportedVolume: 85500,
                  remainingVolume: 0,
                  overTransported: true,
                  transportPermits: [
                    { permitNumber: 'YS2019-0004', volume: 50000, exceedsRemainingVolume: false },
                    { permitNumber: 'YS2019-0005', volume: 35500, exceedsRemainingVolume: true },
                  ],
                  precedingLandUseApprovals: [{ approvalNumber: 'LD2018-0001', approvalDate: '2018-11-15' }],
                },
              ],
              transportPermits: [
                { permitNumber: 'YS2019-0004', harvestPermitNumber: 'CF2019-0003' },
                { permitNumber: 'YS2019-0005', harvestPermitNumber: 'CF2019-0003' },
              ],
              landUseApprovals: [{ approvalNumber: 'LD2018-0001', applicantName: '蒙自林丰木业有限公司' }],
            },
          },
        ],
      },
    });
  });

  it('batches per request: one call to each system, transport asked by owner and by harvest permit at once', async () => {
    await query(forestry, `${ENTITIES} ${LINKAGE}`, {
      representations: representations(FARMER, TIMBER_COMPANY, FARMER),
    });

    expect((await admins.harvest.requests('CXXKZ')).length).toBe(1);
    expect((await admins.landUse.requests('LDSHCX')).length).toBe(1);
    const transportCalls = await admins.transport.requests('queryTransportPermits');
    expect(transportCalls.map((call) => JSON.parse(call.body))).toEqual([
      { hzzjhm: [FARMER, TIMBER_COMPANY], cfxkzh: ['CF2019-0001', 'CF2020-0002', 'CF2019-0003'] },
    ]);
  });

  it('reads a transport permit back to its harvest permit, and the rare-name applicant’s approval intact', async () => {
    const result = await query(
      forestry,
      `query ($representations: [_Any!]!) {
        harvestPermit(permitNumber: "CF2019-0003") { holderName species transportPermits { permitNumber harvestPermit { permitNumber remainingVolume } } }
        _entities(representations: $representations) { ...on Person { forestryPermits { landUseApprovals { applicantName projectName area vegetationRestorationFee landUseType status } } } }
      }`,
      { representations: representations('53250319780312006X') },
    );

    expect(result).toEqual({
      data: {
        harvestPermit: {
          holderName: '蒙自林丰木业有限公司',
          species: 'EUCALYPTUS',
          transportPermits: [
            { permitNumber: 'YS2019-0004', harvestPermit: { permitNumber: 'CF2019-0003', remainingVolume: 0 } },
            { permitNumber: 'YS2019-0005', harvestPermit: { permitNumber: 'CF2019-0003', remainingVolume: 0 } },
          ],
        },
        _entities: [
          {
            forestryPermits: {
              landUseApprovals: [
                {
                  applicantName: '龚䶮𠀋',
                  projectName: '草坝村农村道路建设',
                  area: 3500,
                  vegetationRestorationFee: 2100000,
                  landUseType: 'TEMPORARY',
                  status: 'APPROVED',
                },
              ],
            },
          },
        ],
      },
    });
  });

  const SMALL = `fragment permits on ForestryPermits { harvestPermits { permitNumber remainingVolume precedingLandUseApprovals { approvalNumber } } transportPermits { permitNumber } landUseApprovals { approvalNumber } }`;

  it('with the transport system down: null at its fields and LEGACY_UNAVAILABLE, everything else intact', async () => {
    await admins.transport.setFaults({ drop: true });
    const result = await query(forestry, `${ENTITIES} ${SMALL}`, { representations: representations(TIMBER_COMPANY) });

    expect(result.data).toEqual({
      _entities: [
        {
          creditCode: TIMBER_COMPANY,
          forestryPermits: {
            harvestPermits: [
              {
                permitNumber: 'CF2019-0003',
                remainingVolume: null,
                precedingLandUseApprovals: [{ approvalNumber: 'LD2018-0001' }],
              },
            ],
            transportPermits: null,
            landUseApprovals: [{ approvalNumber: 'LD2018-0001' }],
          },
        },
      ],
    });
    expect(failures(result.errors)).toEqual([
      {
        path: '_entities.0.forestryPermits.harvestPermits.0.remainingVolume',
        code: 'LEGACY_UNAVAILABLE',
        system: 'forestry-transport',
      },
      {
        path: '_entities.0.forestryPermits.transportPermits',
        code: 'LEGACY_UNAVAILABLE',
        system: 'forestry-transport',
      },
    ]);
  });

  it('with the harvest system slow past its timeout: null at harvest permits and LEGACY_TIMEOUT, within the timeout', async () => {
    await admins.harvest.setFaults({ latencyMs: 5000 });
    const started = Date.now();
    const result = await query(forestry, `${ENTITIES} ${SMALL}`, { representations: representations(TIMBER_COMPANY) });

    // it gave up at its deadline instead of waiting for the slow answer (no tighter bound: CI is shared)
    expect(Date.now() - started).toBeLessThan(5000);
    expect(result.data).toEqual({
      _entities: [
        {
          creditCode: TIMBER_COMPANY,
          forestryPermits: {
            harvestPermits: null,
            transportPermits: [{ permitNumber: 'YS2019-0004' }, { permitNumber: 'YS2019-0005' }],
            landUseApprovals: [{ approvalNumber: 'LD2018-0001' }],
          },
        },
      ],
    });
    expect(failures(result.errors)).toEqual([
      { path: '_entities.0.forestryPermits.harvestPermits', code: 'LEGACY_TIMEOUT', system: 'forestry-harvest' },
    ]);
  });

  it('with the land-use system answering garbage: null at land-use fields and LEGACY_BAD_RESPONSE', async () => {
    await admins.landUse.setFaults({ malformed: true });
    const result = await query(forestry, `${ENTITIES} ${SMALL}`, { representations: representations(TIMBER_COMPANY) });

    expect(result.data).toEqual({
      _entities: [
        {
          creditCode: TIMBER_COMPANY,
          forestryPermits: {
            harvestPermits: [{ permitNumber: 'CF2019-0003', remainingVolume: 0, precedingLandUseApprovals: null }],
            transportPermits: [{ permitNumber: 'YS2019-0004' }, { permitNumber: 'YS2019-0005' }],
            landUseApprovals: null,
          },
        },
      ],
    });
    expect(failures(result.errors)).toEqual([
      {
        path: '_entities.0.forestryPermits.harvestPermits.0.precedingLandUseApprovals',
        code: 'LEGACY_BAD_RESPONSE',
        system: 'forestry-land-use',
      },
      {
        path: '_entities.0.forestryPermits.landUseApprovals',
        code: 'LEGACY_BAD_RESPONSE',
        system: 'forestry-land-use',
      },
    ]);
  });

  it('with the breaker open, answers at once without calling the failing system', async () => {
    const fragile = await startSubgraph({ failureThreshold: 2, resetTimeoutMs: 60_000 });
    try {
      await admins.transport.setFaults({ errorRate: 1 });
      const transportOnly = `${ENTITIES} fragment permits on ForestryPermits { transportPermits { permitNumber } }`;
      for (let i = 0; i < 2; i++) await query(fragile, transportOnly, { representations: representations(FARMER) });
      const callsBefore = (await admins.transport.requests()).length;

      const result = await query(fragile, transportOnly, { representations: representations(FARMER) });

      expect(result.data).toEqual({ _entities: [{ idNumber: FARMER, forestryPermits: { transportPermits: null } }] });
      expect(failures(result.errors)).toEqual([
        {
          path: '_entities.0.forestryPermits.transportPermits',
          code: 'LEGACY_UNAVAILABLE',
          system: 'forestry-transport',
        },
      ]);
      expect(await admins.transport.requests()).toHaveLength(callsBefore);
      const health = (await (await fetch(new URL('/health/ready', fragile.url))).json()) as Record<string, any>;
      expect(health.legacySystems['forestry-transport'].breaker).toBe('OPEN');
    } finally {
      await fragile.stop();
    }
  });

  it('is not ready while one system is down, naming it, and reports every system at /health/ready', async () => {
    await admins.landUse.setFaults({ drop: true });
    const response = await fetch(new URL('/health/ready', forestry.url));

    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      service: 'forestry',
      status: 'unavailable',
      reasons: ['forestry-land-use: unreachable'],
      legacySystems: {
        'forestry-harvest': { reachable: true, breaker: 'CLOSED' },
        'forestry-transport': { reachable: true, breaker: 'CLOSED' },
        'forestry-land-use': { reachable: false, breaker: 'CLOSED' },
      },
    });
  });
});
