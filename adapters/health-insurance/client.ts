import axios, { AxiosInstance, AxiosResponse } from 'axios';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { Logger } from '../../lib/logger';
import {
  CallSettings,
  createBatchLoader,
  createLegacyCaller,
  isReachable,
  legacyBadResponse,
  LegacyCaller,
  legacyRejected,
  LegacySystemHealth,
  legacyUnavailable,
} from '../kit';
import { BatchQueryResponse, ErrorResponse, LoginResponse, MAX_BATCH_SIZE, PATHS, TOKEN_HEADER } from './contract/wire';
import { toMedicalEnrolment } from './mapping';
import { MedicalEnrolment } from './records';

const SYSTEM = 'health-insurance';

export interface HealthInsuranceClientOptions {
  /** e.g. `http://127.0.0.1:4104` */
  baseUrl: string;
  username: string;
  password: string;
  settings: CallSettings;
  logger: Logger;
}

/** 401 answers after which a fresh login may succeed. */
const SESSION_PROBLEMS = new Set(['TOKEN_EXPIRED', 'TOKEN_INVALID']);

/**
 * The township 新农合 system: JSON over HTTP behind a session token. The client logs in when it
 * has no token, and once more when a call answers 401 TOKEN_EXPIRED (the token's lifetime is the
 * system's business, not ours); lookups go in batches of at most 50 ID numbers.
 */
export class HealthInsuranceClient {
  private readonly caller: LegacyCaller;
  private readonly http: AxiosInstance;
  private session: Promise<string> | undefined;

  constructor(private readonly options: HealthInsuranceClientOptions) {
    this.caller = createLegacyCaller({ system: SYSTEM, logger: options.logger, ...options.settings });
    this.http = axios.create({
      baseURL: options.baseUrl,
      // the body is parsed here, so garbage is a LEGACY_BAD_RESPONSE and not axios's silent string
      responseType: 'text',
      transformResponse: (data) => data,
      validateStatus: () => true,
    });
  }

  /** The enrolments of these people, by ID number; people the system does not know are absent. */
  async findEnrolments(idNumbers: readonly string[]): Promise<Map<string, MedicalEnrolment>> {
    const batches: string[][] = [];
    for (let start = 0; start < idNumbers.length; start += MAX_BATCH_SIZE) {
      batches.push(idNumbers.slice(start, start + MAX_BATCH_SIZE));
    }
    const found = await Promise.all(batches.map((batch) => this.queryBatch(batch)));
    return new Map(found.flat().map((enrolment) => [enrolment.idNumber, enrolment]));
  }

  /** A per-request loader: every enrolment asked for while one GraphQL request resolves, in batches of 50. */
  enrolmentLoader(): DataLoader<string, MedicalEnrolment | null> {
    return createBatchLoader((idNumbers) => this.findEnrolments(idNumbers), { maxBatchSize: MAX_BATCH_SIZE });
  }

  async health(): Promise<LegacySystemHealth> {
    return {
      system: SYSTEM,
      reachable: await isReachable(
        new URL(PATHS.ping, this.options.baseUrl).href,
        Math.min(this.options.settings.timeoutMs, 2000),
      ),
      breaker: this.caller.breakerState(),
    };
  }

  close(): void {
    this.caller.close();
  }

  private queryBatch(idNumbers: string[]): Promise<MedicalEnrolment[]> {
    return this.caller.call(
      'batchQuery',
      async (signal) => {
        const token = await this.token(signal);
        let response = await this.post(PATHS.batchQuery, { idCards: idNumbers }, signal, token);
        if (response.status === 401 && SESSION_PROBLEMS.has(legacyErrorOf(response).errorCode)) {
          response = await this.post(PATHS.batchQuery, { idCards: idNumbers }, signal, await this.token(signal, token));
        }
        return read(response, BatchQueryResponse, 'batchQuery').data.map(toMedicalEnrolment);
      },
      { kind: 'read' },
    );
  }

  /**
   * The current session token, logging in if there is none or if `expired` is the current one.
   * Concurrent batches share one login: a page of persons must not log in once per batch.
   */
  private async token(signal: AbortSignal, expired?: string): Promise<string> {
    const current = this.session;
    if (
      current &&
      expired !== undefined &&
      (await current.catch(() => undefined)) === expired &&
      this.session === current
    ) {
      this.session = undefined;
    }
    this.session ??= this.login(signal).catch((error) => {
      this.session = undefined;
      throw error;
    });
    return this.session;
  }

  private async login(signal: AbortSignal): Promise<string> {
    const { username, password } = this.options;
    const response = await this.post(PATHS.login, { username, password }, signal);
    this.options.logger.info({ system: SYSTEM }, 'logged in');
    return read(response, LoginResponse, 'login').token;
  }

  private post(path: string, body: unknown, signal: AbortSignal, token?: string): Promise<AxiosResponse<string>> {
    return this.http.post(path, body, { signal, headers: token ? { [TOKEN_HEADER]: token } : {} });
  }
}

/** The system's own error code and message; an error body off the contract keeps the HTTP status. */
function legacyErrorOf(response: AxiosResponse<string>): ErrorResponse {
  try {
    return ErrorResponse.parse(JSON.parse(response.data));
  } catch {
    return { errorCode: `HTTP_${response.status}`, message: `HTTP ${response.status}` };
  }
}

/** The body of a 200 in the contract's shape; anything else as the LegacyError it means. */
function read<T>(response: AxiosResponse<string>, schema: z.ZodType<T>, operation: string): T {
  if (response.status >= 500) throw legacyUnavailable(SYSTEM, operation, new Error(`HTTP ${response.status}`));
  if (response.status !== 200) {
    const { errorCode, message } = legacyErrorOf(response);
    throw legacyRejected(SYSTEM, operation, errorCode, message);
  }
  const parsed = schema.safeParse(JSON.parse(response.data));
  if (!parsed.success)
    throw legacyBadResponse(
      SYSTEM,
      operation,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}
