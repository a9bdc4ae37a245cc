import { doubleAdmin } from '../../../adapters/kit/mock/admin';
import { NAMED_RESIDENTS } from '../../../adapters/kit/population';
import { LegacySystemId } from '../../../adapters/kit/systems';
import { HUB_QUERIES } from '../../bench/queries';
import { startTestHub, TestHub } from '../../support/hub';
import { asCitizen } from '../../support/identities';

/**
 * Issue 6's target through the whole graph: a person query costs each legacy system the fewest
 * calls its dialect allows — one per system, and one per 党建 endpoint whose fields were selected
 * (the system has no combined endpoint).
 */
const FARMER = NAMED_RESIDENTS.forestFarmer.idNumber;
const PERSON = HUB_QUERIES.find((query) => query.name === 'person')!;

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub('legacy_calls');
}, 60_000);
afterAll(() => hub.stop());

/** The calls each double received while `query` ran once, by operation (the double's journal). */
async function legacyCallsOf(query: string, variables: Record<string, unknown>) {
  const admins = Object.entries(hub.doubles).map(([system, double]) => [system, doubleAdmin(double.url)] as const);
  await Promise.all(admins.map(([, admin]) => admin.clearRequests()));
  const answer = await hub.query(query, variables, { identity: asCitizen(FARMER) });
  const calls: Partial<Record<LegacySystemId, Record<string, number>>> = {};
  for (const [system, admin] of admins) {
    for (const { operation } of await admin.requests()) {
      const operations = (calls[system as LegacySystemId] ??= {});
      operations[operation] = (operations[operation] ?? 0) + 1;
    }
  }
  return { answer, calls };
}

describe('legacy calls per person query, through the gateway', () => {
  it('the bench’s person query: one call per system, one per selected 党建 list', async () => {
    const { answer, calls } = await legacyCallsOf(PERSON.query, PERSON.variables);

    expect(answer.errors).toBeUndefined();
    expect(calls).toEqual({
      'forestry-harvest': { CXXKZ: 1 },
      'forestry-transport': { queryTransportPermits: 1 },
      'forestry-land-use': { LDSHCX: 1 },
      // the hub's first 新农合 request logs in; the session then serves later ones
      'health-insurance': { login: 1, batchQuery: 1 },
      pensions: { QueryPersons: 1 },
      'party-building': {
        'GET /api/v3/party-members': 1,
        'GET /api/v3/civil-affairs/subsistence-allowances': 1,
        'GET /api/v3/family-planning/birth-registrations': 1,
      },
    });
  });

  it('asks the 党建 system only for the lists whose fields were selected', async () => {
    const { answer, calls } = await legacyCallsOf(
      `query ($idNumber: String!) { person(idNumber: $idNumber) { partyMembership { branchName } } }`,
      { idNumber: FARMER },
    );

    expect(answer.errors).toBeUndefined();
    expect(calls).toEqual({ 'party-building': { 'GET /api/v3/party-members': 1 } });
  });
});
