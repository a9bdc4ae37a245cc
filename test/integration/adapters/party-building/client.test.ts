import { doubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { createPartyBuildingClient, PARTY_BUILDING_PATHS } from '../../../../adapters/party-building';
import { PARTY_BUILDING_DOUBLE_CREDENTIALS, startPartyBuildingDouble } from '../../../../adapters/party-building/mock';
import { BIRTH_REGISTRATIONS } from '../../../../adapters/party-building/mock/records';
import { createLogger } from '../../../../lib/logger';
import { itReportsFaultKinds } from '../../../support/legacy-faults';

const PARTY_MEMBER = '532503199207040038';
const PENSION_CONTRIBUTOR = '532503196503150027';
const TIMEOUT_MS = 400;

let double: RunningDouble;
let admin: ReturnType<typeof doubleAdmin>;
const clients: ReturnType<typeof createPartyBuildingClient>[] = [];

function client(overrides: { password?: string; pageSize?: number; failureThreshold?: number } = {}) {
  const created = createPartyBuildingClient({
    url: double.url,
    username: PARTY_BUILDING_DOUBLE_CREDENTIALS.username,
    password: overrides.password ?? PARTY_BUILDING_DOUBLE_CREDENTIALS.password,
    pageSize: overrides.pageSize,
    logger: createLogger('test'),
    timeoutMs: TIMEOUT_MS,
    retry: { attempts: 2, baseDelayMs: 10 },
    breaker: { failureThreshold: overrides.failureThreshold ?? 100, resetTimeoutMs: 60_000 },
  });
  clients.push(created);
  return created;
}

beforeAll(async () => {
  double = await startPartyBuildingDouble({ port: 0 });
  admin = doubleAdmin(double.url);
});
afterEach(() => admin.reset());
afterAll(async () => {
  clients.forEach((created) => created.close());
  await double.stop();
});

describe('party-building client against its double (REST, HTTP Basic, offset paging)', () => {
  it('reads the party member’s membership, yuan dues as fen and yyyy/M/d as ISO; a non-member is absent', async () => {
    const memberships = await client().membershipsOf([PARTY_MEMBER, PENSION_CONTRIBUTOR]);

    expect(Object.fromEntries(memberships)).toEqual({
      [PARTY_MEMBER]: {
        idNumber: PARTY_MEMBER,
        branchCode: '053250300102',
        branchName: '中共蒙自市文澜镇银河社区支部委员会',
        joiningDate: '2016-07-01',
        status: 'FULL',
        duesYear: 2025,
        duesPaid: 12000,
      },
    });
  });

  it('reads the community’s 最低生活保障 and 生育登记 records', async () => {
    const allowances = await client().subsistenceAllowancesOf([PENSION_CONTRIBUTOR, PARTY_MEMBER]);
    const registrations = await client().birthRegistrationsOf([PARTY_MEMBER]);

    expect(Object.fromEntries(allowances)).toEqual({
      [PENSION_CONTRIBUTOR]: [
        {
          idNumber: PENSION_CONTRIBUTOR,
          caseNumber: 'DB532503-2017-0031',
          status: 'RECEIVING',
          monthlyAmount: 51000,
          householdSize: 2,
          approvalDate: '2017-09-20',
        },
      ],
      [PARTY_MEMBER]: [],
    });
    expect(Object.fromEntries(registrations)).toEqual({
      [PARTY_MEMBER]: [
        {
          idNumber: PARTY_MEMBER,
          registrationNumber: 'SYDJ532503-2021-0008',
          childOrder: 1,
          registrationDate: '2021-03-09',
        },
      ],
    });
  });

  it('pages through a list with offset and limit until it has every record', async () => {
    const idNumbers = BIRTH_REGISTRATIONS.slice(0, 5).map((record) => record.idCard);
    const whole = await client().birthRegistrationsOf(idNumbers);
    await admin.clearRequests();

    const paged = await client({ pageSize: 2 }).birthRegistrationsOf(idNumbers);

    expect(paged).toEqual(whole);
    expect([...paged.values()].flat()).toHaveLength(5);
    const calls = await admin.requests(`GET ${PARTY_BUILDING_PATHS.birthRegistrations}`);
    expect(calls.map((call) => new URL(call.path, double.url).searchParams.get('offset'))).toEqual(['0', '2', '4']);
    expect(calls.map((call) => new URL(call.path, double.url).searchParams.get('limit'))).toEqual(['2', '2', '2']);
  });

  it('sends one paged read per list for all the IDs a request asks for, de-duplicated', async () => {
    const { membership } = client().loaders();
    const members = await Promise.all(
      [PARTY_MEMBER, PENSION_CONTRIBUTOR, PARTY_MEMBER].map((id) => membership.load(id)),
    );

    expect(members.map((member) => member?.idNumber ?? null)).toEqual([PARTY_MEMBER, null, PARTY_MEMBER]);
    const calls = await admin.requests(`GET ${PARTY_BUILDING_PATHS.partyMembers}`);
    expect(calls.map((call) => new URL(call.path, double.url).searchParams.get('idCards'))).toEqual([
      `${PARTY_MEMBER},${PENSION_CONTRIBUTOR}`,
    ]);
  });

  it('is refused with wrong Basic credentials: LEGACY_REJECTED, and the breaker stays closed', async () => {
    const intruder = client({ password: 'wrong', failureThreshold: 2 });
    for (let i = 0; i < 3; i++) {
      await expect(intruder.membershipsOf([PARTY_MEMBER])).rejects.toMatchObject({
        extensions: {
          code: 'LEGACY_REJECTED',
          system: 'party-building',
          operation: 'listPartyMembers',
          legacyCode: 'HTTP_401',
        },
      });
    }
    expect(intruder.caller.breakerState()).toBe('CLOSED');
    const [call] = await admin.requests();
    expect(call.headers.authorization).toBe(
      `Basic ${Buffer.from(`${PARTY_BUILDING_DOUBLE_CREDENTIALS.username}:wrong`).toString('base64')}`,
    );
  });

  itReportsFaultKinds({
    system: 'party-building',
    operation: 'listSubsistenceAllowances',
    timeoutMs: TIMEOUT_MS,
    admin: () => admin,
    lookup: () => client().subsistenceAllowancesOf([PENSION_CONTRIBUTOR]),
    breaking: () => {
      const breaking = client({ failureThreshold: 2 });
      return { caller: breaking.caller, lookup: () => breaking.membershipsOf([PARTY_MEMBER]) };
    },
  });
});
