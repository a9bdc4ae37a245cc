import DataLoader from 'dataloader';
import { Client, createClientAsync, WSSecurity } from 'soap';
import { Logger } from '../../lib/logger';
import {
  BackOfficeRecord,
  CallKind,
  CallSettings,
  CaseSubmission,
  createBatchLoader,
  createLegacyCaller,
  isReachable,
  legacyBadResponse,
  LegacyCaller,
  LegacyError,
  legacyRejected,
  LegacySystemHealth,
  legacyUnavailable,
  submitUnlessKnown,
} from '../kit';
import {
  LegacyApplication,
  LegacyPerson,
  MAX_BATCH_SIZE,
  MAX_REFERENCES,
  QUERY_APPLICATIONS,
  QUERY_PERSONS,
  SERVICE_PATH,
  SUBMIT_APPLICATION,
  WSDL_PATH,
} from './contract/wire';
import { asList, toBackOfficeRecord, toPensionAccount, toSubmitApplication } from './mapping';
import { PensionAccountRecord } from './records';

const SYSTEM = 'pensions';
/**
 * How long this system's person lookups may be served from the read cache by default
 * (`PENSIONS_CACHE_TTL_MS`). Accounts change monthly (benefit payments, contributions) or by a
 * decision at the town office: five minutes are acceptable.
 */
export const PENSIONS_READ_CACHE_TTL_MS = 300_000;

export interface PensionsClientOptions {
  /** e.g. `http://127.0.0.1:4105`; the service is at `<baseUrl>/ws/PensionService`. */
  baseUrl: string;
  /** WS-Security UsernameToken credentials. */
  username: string;
  password: string;
  settings: CallSettings;
  logger: Logger;
}

interface SoapFault {
  Code?: { Value?: string; Subcode?: { Value?: string } };
  Reason?: { Text?: string };
}

/**
 * The 城乡居民养老保险 system: SOAP 1.2 with a WS-Security UsernameToken on every request. The
 * client is built from the checked-in WSDL, so the system's address is the only configuration,
 * and one QueryPersons call answers a whole page of people.
 */
export class PensionsClient {
  private readonly caller: LegacyCaller;
  private soap: Promise<Client> | undefined;
  /** The pension accounts of these people, by ID number; people without one are absent (through the read cache). */
  readonly findAccounts: (idNumbers: readonly string[]) => Promise<ReadonlyMap<string, PensionAccountRecord>>;

  constructor(private readonly options: PensionsClientOptions) {
    this.caller = createLegacyCaller({ system: SYSTEM, logger: options.logger, ...options.settings });
    this.findAccounts = this.caller.readThrough(QUERY_PERSONS, (idNumbers) => this.queryAccounts(idNumbers));
  }

  get serviceUrl(): string {
    return new URL(SERVICE_PATH, this.options.baseUrl).href;
  }

  /** QueryPersons, 50 people a call. */
  private async queryAccounts(idNumbers: readonly string[]): Promise<Map<string, PensionAccountRecord>> {
    const found = await Promise.all(
      batchesOf(idNumbers, MAX_BATCH_SIZE).map((batch) =>
        this.call(QUERY_PERSONS, { AAC002: batch }, 'read', (result) =>
          asList<LegacyPerson>(result?.Person).map(toPensionAccount),
        ),
      ),
    );
    return new Map(found.flat().map((account) => [account.idNumber, account]));
  }

  /** The applications registered under these references; references the system lacks are absent. */
  async applicationsByReference(references: readonly string[]): Promise<Map<string, BackOfficeRecord>> {
    const found = await Promise.all(
      batchesOf(references, MAX_REFERENCES).map((batch) =>
        this.call(QUERY_APPLICATIONS, { WBLSH: batch }, 'read', (result) =>
          asList<LegacyApplication>(result?.Application).map(toBackOfficeRecord),
        ),
      ),
    );
    return new Map(found.flat().map((record) => [record.reference, record]));
  }

  /**
   * Submits a dispatched case (SubmitApplication). The system does not de-duplicate WBLSH, so it is
   * asked first (QueryApplications) whether it holds the case: a repeated delivery creates nothing.
   */
  submitCase(submission: CaseSubmission) {
    return submitUnlessKnown(
      submission,
      (references) => this.applicationsByReference(references),
      (once) =>
        this.call(SUBMIT_APPLICATION, toSubmitApplication(once), 'write', (result) => {
          if (typeof result?.YWLSH !== 'string')
            throw legacyBadResponse(SYSTEM, SUBMIT_APPLICATION, 'no YWLSH in the answer');
          return result.YWLSH as string;
        }),
    );
  }

  /** A per-request loader of applications by reference, 50 a call. */
  applicationLoader(): DataLoader<string, BackOfficeRecord | null> {
    return createBatchLoader((references) => this.applicationsByReference(references), {
      maxBatchSize: MAX_REFERENCES,
    });
  }

  /** A per-request loader: the people of one GraphQL request in one QueryPersons call. */
  accountLoader(): DataLoader<string, PensionAccountRecord | null> {
    return createBatchLoader((idNumbers) => this.findAccounts(idNumbers), { maxBatchSize: MAX_BATCH_SIZE });
  }

  async health(): Promise<LegacySystemHealth> {
    return {
      system: SYSTEM,
      reachable: await isReachable(`${this.serviceUrl}?wsdl`, Math.min(this.options.settings.timeoutMs, 2000)),
      breaker: this.caller.breakerState(),
    };
  }

  close(): void {
    this.caller.close();
  }

  /** One SOAP operation through the caller; `read` normalises the answer inside the call. */
  private call<T>(operation: string, request: object, kind: CallKind, read: (result: any) => T): Promise<T> {
    return this.caller.call(
      operation,
      async (signal) => {
        const client = await this.client();
        const [result] = await client[`${operation}Async`](request, { signal }).catch((error: unknown) => {
          throw soapFailure(error, operation);
        });
        return read(result);
      },
      { kind },
    );
  }

  private client(): Promise<Client> {
    this.soap ??= createClientAsync(WSDL_PATH, { forceSoap12Headers: true, endpoint: this.serviceUrl }).then(
      (client) => {
        client.setSecurity(
          new WSSecurity(this.options.username, this.options.password, {
            passwordType: 'PasswordText',
            hasTimeStamp: false,
          }),
        );
        return client;
      },
    );
    return this.soap;
  }
}

/**
 * What a failed SOAP call means. A Sender fault (bad credentials, a bad request) is the system
 * refusing us; a Receiver fault is the system failing; a 2xx whose body the SOAP layer could not
 * read is a bad response. Anything else (timeouts, connections, bare 5xx) the caller maps.
 */
function soapFailure(error: unknown, operation: string): unknown {
  const failure = error as { root?: { Envelope?: { Body?: { Fault?: SoapFault } } }; response?: { status?: number } };
  const fault = failure.root?.Envelope?.Body?.Fault;
  if (fault) {
    const code = fault.Code?.Value ?? '';
    const reason = fault.Reason?.Text ?? 'SOAP fault';
    const subcode = (fault.Code?.Subcode?.Value ?? code).replace(/^\w+:/, '');
    return /Sender$/.test(code)
      ? legacyRejected(SYSTEM, operation, subcode, reason)
      : legacyUnavailable(SYSTEM, operation, new Error(reason));
  }
  const status = failure.response?.status;
  if (!(error instanceof LegacyError) && status !== undefined && status >= 200 && status < 300) {
    return legacyBadResponse(SYSTEM, operation, (error as Error).message, error);
  }
  return error;
}

function batchesOf(keys: readonly string[], size: number): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < keys.length; start += size) batches.push(keys.slice(start, start + size));
  return batches;
}
