import DataLoader from 'dataloader';
import { Client, createClientAsync, WSSecurity } from 'soap';
import { Logger } from '../../lib/logger';
import {
  CallSettings,
  createBatchLoader,
  createLegacyCaller,
  isReachable,
  legacyBadResponse,
  LegacyCaller,
  LegacyError,
  legacyRejected,
  LegacySystemHealth,
  legacyUnavailable,
} from '../kit';
import { LegacyPerson, MAX_BATCH_SIZE, QUERY_PERSONS, SERVICE_PATH, WSDL_PATH } from './contract/wire';
import { asList, toPensionAccount } from './mapping';
import { PensionAccountRecord } from './records';

const SYSTEM = 'pensions';

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

  constructor(private readonly options: PensionsClientOptions) {
    this.caller = createLegacyCaller({ system: SYSTEM, logger: options.logger, ...options.settings });
  }

  get serviceUrl(): string {
    return new URL(SERVICE_PATH, this.options.baseUrl).href;
  }

  /** The pension accounts of these people, by ID number; people without one are absent. */
  async findAccounts(idNumbers: readonly string[]): Promise<Map<string, PensionAccountRecord>> {
    const batches: string[][] = [];
    for (let start = 0; start < idNumbers.length; start += MAX_BATCH_SIZE) {
      batches.push(idNumbers.slice(start, start + MAX_BATCH_SIZE));
    }
    const found = await Promise.all(batches.map((batch) => this.queryPersons(batch)));
    return new Map(found.flat().map((account) => [account.idNumber, account]));
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

  private queryPersons(idNumbers: string[]): Promise<PensionAccountRecord[]> {
    return this.caller.call(
      QUERY_PERSONS,
      async (signal) => {
        const client = await this.client();
        const [result] = await client.QueryPersonsAsync({ AAC002: idNumbers }, { signal }).catch((error: unknown) => {
          throw soapFailure(error);
        });
        return asList<LegacyPerson>(result?.Person).map(toPensionAccount);
      },
      { kind: 'read' },
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
function soapFailure(error: unknown): unknown {
  const failure = error as { root?: { Envelope?: { Body?: { Fault?: SoapFault } } }; response?: { status?: number } };
  const fault = failure.root?.Envelope?.Body?.Fault;
  if (fault) {
    const code = fault.Code?.Value ?? '';
    const reason = fault.Reason?.Text ?? 'SOAP fault';
    const subcode = (fault.Code?.Subcode?.Value ?? code).replace(/^\w+:/, '');
    return /Sender$/.test(code)
      ? legacyRejected(SYSTEM, QUERY_PERSONS, subcode, reason)
      : legacyUnavailable(SYSTEM, QUERY_PERSONS, new Error(reason));
  }
  const status = failure.response?.status;
  if (!(error instanceof LegacyError) && status !== undefined && status >= 200 && status < 300) {
    return legacyBadResponse(SYSTEM, QUERY_PERSONS, (error as Error).message, error);
  }
  return error;
}
