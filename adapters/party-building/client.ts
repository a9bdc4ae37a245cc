import axios from 'axios';
import { Logger } from '../../lib/logger';
import {
  BackOfficeRecord,
  CallSettings,
  CaseSubmission,
  createBatchLoader,
  createLegacyCaller,
  legacyBadResponse,
  legacyDateToIso,
  LegacyFormatError,
  submitUnlessKnown,
  yuanToFen,
} from '../kit';
import { toAffairSubmission, toBackOfficeRecord } from './affairs';
import { allowanceStatusCodes, memberTypeCodes } from './codes';
import { BirthRegistration, PartyMembership, SubsistenceAllowance } from './records';

const SYSTEM = 'party-building';
/**
 * How long this system's person lookups may be served from the read cache by default
 * (`PARTY_BUILDING_CACHE_TTL_MS`). Memberships, allowances and birth registrations change by
 * decisions taken over days: five minutes are acceptable.
 */
export const PARTY_BUILDING_READ_CACHE_TTL_MS = 300_000;
/** ID numbers per query: the contract's limit on `idCards`. */
const MAX_IDS_PER_CALL = 50;

export const PARTY_BUILDING_PATHS = {
  partyMembers: '/api/v3/party-members',
  subsistenceAllowances: '/api/v3/civil-affairs/subsistence-allowances',
  birthRegistrations: '/api/v3/family-planning/birth-registrations',
} as const;

/** Community affairs: the applications the hub dispatches (POST registers one, GET lists by externalNos). */
export const PARTY_BUILDING_AFFAIRS_PATH = '/api/v3/affairs';

export interface PartyBuildingClientOptions extends CallSettings {
  /** Base URL of the system, e.g. http://127.0.0.1:4106 */
  url: string;
  username: string;
  password: string;
  /** Records per page asked for (the system allows 1..50). */
  pageSize?: number;
  logger: Logger;
}

type Item = Record<string, unknown>;

function field<T extends 'string' | 'number'>(item: Item, name: string, type: T): T extends 'string' ? string : number {
  const value = item[name];
  if (typeof value !== type) throw new LegacyFormatError(`${name} field`, value);
  return value as T extends 'string' ? string : number;
}

const toMembership = (item: Item): PartyMembership => ({
  idNumber: field(item, 'idCard', 'string').toUpperCase(),
  branchCode: field(item, 'branchCode', 'string'),
  branchName: field(item, 'branchName', 'string'),
  joiningDate: legacyDateToIso(field(item, 'joinDate', 'string')),
  status: memberTypeCodes.toStandard(field(item, 'memberType', 'string')),
  duesYear: field(item, 'duesYear', 'number'),
  duesPaid: yuanToFen(field(item, 'duesPaid', 'string')),
});

const toAllowance = (item: Item): SubsistenceAllowance => ({
  idNumber: field(item, 'idCard', 'string').toUpperCase(),
  caseNumber: field(item, 'caseNo', 'string'),
  status: allowanceStatusCodes.toStandard(field(item, 'status', 'string')),
  monthlyAmount: yuanToFen(field(item, 'monthlyAmount', 'string')),
  householdSize: field(item, 'householdSize', 'number'),
  approvalDate: legacyDateToIso(field(item, 'approvalDate', 'string')),
});

const toRegistration = (item: Item): BirthRegistration => ({
  idNumber: field(item, 'idCard', 'string').toUpperCase(),
  registrationNumber: field(item, 'registrationNo', 'string'),
  childOrder: field(item, 'childOrder', 'number'),
  registrationDate: legacyDateToIso(field(item, 'registrationDate', 'string')),
});

function groupById<T extends { idNumber: string }>(records: T[], idNumbers: readonly string[]): Map<string, T[]> {
  return new Map(idNumbers.map((id) => [id, records.filter((record) => record.idNumber === id)]));
}

/**
 * The organisation department's 党建 system (REST, HTTP Basic, offset paging), which also keeps the
 * community's civil-affairs and family-planning records. A lookup reads every page of its list
 * within one call's budget: the graph answers in time however many pages there are.
 */
export function createPartyBuildingClient({
  url,
  username,
  password,
  pageSize = MAX_IDS_PER_CALL,
  logger,
  ...settings
}: PartyBuildingClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  const http = axios.create({
    baseURL: url,
    auth: { username, password },
    responseType: 'text',
    transformResponse: (body) => body,
  });

  /** Every page of one list, for the comma-joined keys in the query parameter `keyParam`. */
  function listAll<T>(
    operation: string,
    path: string,
    keys: { [keyParam: string]: readonly string[] },
    read: (item: Item) => T,
  ): Promise<T[]> {
    const filter = Object.fromEntries(Object.entries(keys).map(([name, values]) => [name, values.join(',')]));
    return caller.call(
      operation,
      async (signal) => {
        const records: T[] = [];
        for (let offset = 0; ;) {
          const params = { ...filter, offset, limit: pageSize };
          const page = JSON.parse((await http.get<string>(path, { params, signal })).data);
          if (typeof page?.total !== 'number' || !Array.isArray(page.items))
            throw legacyBadResponse(SYSTEM, operation, 'not a {offset, limit, total, items} page');
          records.push(...page.items.map(read));
          offset += page.items.length;
          if (offset >= page.total) return records;
          // a short page before the total means the list changed or the system miscounts: never loop on it
          if (page.items.length === 0)
            throw legacyBadResponse(SYSTEM, operation, `empty page at offset ${offset} of ${page.total}`);
        }
      },
      { kind: 'read' },
    );
  }

  /**
   * One of the system's three person lists, every page of it for the IDs, through the read cache
   * (three endpoints: the contract offers no combined one), keyed by ID with `byId`.
   */
  const personList = <T extends { idNumber: string }, R>(
    operation: string,
    path: string,
    read: (item: Item) => T,
    byId: (records: T[], idNumbers: readonly string[]) => Map<string, R>,
  ) =>
    caller.readThrough(operation, async (idNumbers: readonly string[]) =>
      byId(await listAll(operation, path, { idCards: idNumbers }, read), idNumbers),
    );

  /** Each ID's membership; a non-member is absent (loads as null). */
  const membershipsOf = personList(
    'listPartyMembers',
    PARTY_BUILDING_PATHS.partyMembers,
    toMembership,
    (members) => new Map(members.map((member) => [member.idNumber, member])),
  );
  const subsistenceAllowancesOf = personList(
    'listSubsistenceAllowances',
    PARTY_BUILDING_PATHS.subsistenceAllowances,
    toAllowance,
    groupById,
  );
  const birthRegistrationsOf = personList(
    'listBirthRegistrations',
    PARTY_BUILDING_PATHS.birthRegistrations,
    toRegistration,
    groupById,
  );

  /** The affairs registered under these references (every page); references the system lacks are absent. */
  const affairsByReference = async (references: readonly string[]) =>
    new Map(
      (await listAll('listAffairs', PARTY_BUILDING_AFFAIRS_PATH, { externalNos: references }, toBackOfficeRecord)).map(
        (record): [string, BackOfficeRecord] => [record.reference, record],
      ),
    );

  /**
   * Submits a dispatched case as a community affair. The system does not de-duplicate externalNo,
   * so it is asked first whether it holds the case: a repeated delivery creates nothing.
   */
  const submitCase = (submission: CaseSubmission) =>
    submitUnlessKnown(submission, affairsByReference, (once) =>
      caller.call(
        'submitAffair',
        async (signal) => {
          const body = JSON.parse(
            (await http.post<string>(PARTY_BUILDING_AFFAIRS_PATH, toAffairSubmission(once), { signal })).data,
          );
          if (typeof body?.affairNo !== 'string')
            throw legacyBadResponse(SYSTEM, 'submitAffair', 'no affairNo in the answer');
          return body.affairNo as string;
        },
        { kind: 'write' },
      ),
    );

  return {
    caller,
    membershipsOf,
    subsistenceAllowancesOf,
    birthRegistrationsOf,
    applicationsByReference: affairsByReference,
    submitCase,
    /** Per-request loaders: one paged read per list and per 50 distinct IDs asked for while a request resolves. */
    loaders: () => ({
      membership: createBatchLoader(membershipsOf, { maxBatchSize: MAX_IDS_PER_CALL }),
      subsistenceAllowances: createBatchLoader(subsistenceAllowancesOf, { maxBatchSize: MAX_IDS_PER_CALL }),
      birthRegistrations: createBatchLoader(birthRegistrationsOf, { maxBatchSize: MAX_IDS_PER_CALL }),
      affairByReference: createBatchLoader(affairsByReference, { maxBatchSize: MAX_IDS_PER_CALL }),
    }),
    /** Whether the system answers HTTP at all, outside the breaker: for /health. */
    async reachable(timeoutMs = 1000): Promise<boolean> {
      return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => undefined)) !== undefined;
    },
    close: () => caller.close(),
  };
}

export type PartyBuildingClient = ReturnType<typeof createPartyBuildingClient>;
export type PartyBuildingLoaders = ReturnType<PartyBuildingClient['loaders']>;
