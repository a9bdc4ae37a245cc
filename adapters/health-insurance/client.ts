import axios, { AxiosInstance, AxiosResponse } from 'axios';
import DataLoader from 'dataloader';
import { z } from 'zod';
import { Logger } from '../../lib/logger';
import {
  BackOfficeRecord,
  CallSettings,
  CaseSubmission,
  createBatchLoader,
  createLegacyCaller,
  isReachable,
  legacyBadResponse,
  LegacyCaller,
  legacyRejected,
  LegacySystemHealth,
  legacyUnavailable,
  SubmissionReceipt,
} from '../kit';
import {
  ApplicationCreated,
  ApplicationQueryResponse,
  BatchQueryResponse,
  DuplicateReference,
  ErrorResponse,
  LoginResponse,
  MAX_BATCH_SIZE,
  PATHS,
  TOKEN_HEADER,
} from './contract/wire';
import { toApplicationRequest, toBackOfficeRecord, toMedicalEnrolment } from './mapping';
import { MedicalEnrolment } from './records';

const SYSTEM = 'health-insurance';
/**
 * How long this system's person lookups may be served from the read cache by default
 * (`HEALTH_INSURANCE_CACHE_TTL_MS`). Enrolment changes at the township desk (enrolment, a year's
 * contribution); a minute's delay is acceptable, and applications through the hub empty the cache.
 */
export const HEALTH_INSURANCE_READ_CACHE_TTL_MS = 60_000;

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
  /** The enrolments of these people, by ID number; people the system does not know are absent (read cache). */
  readonly findEnrolments: (idNumbers: readonly string[]) => Promise<ReadonlyMap<string, MedicalEnrolment>>;

  constructor(private readonly options: HealthInsuranceClientOptions) {
    this.caller = createLegacyCaller({ system: SYSTEM, logger: options.logger, ...options.settings });
    this.findEnrolments = this.caller.readThrough('batchQuery', (idNumbers) => this.queryEnrolments(idNumbers));
    this.http = axios.create({
      baseURL: options.baseUrl,
      // the body is parsed here, so garbage is a LEGACY_BAD_RESPONSE and not axios's silent string
      responseType: 'text',
      transformResponse: (data) => data,
      validateStatus: () => true,
    });
  }

  /** batchQuery, 50 people a call. */
  private async queryEnrolments(idNumbers: readonly string[]): Promise<Map<string, MedicalEnrolment>> {
    const found = await Promise.all(batchesOf(idNumbers).map((batch) => this.queryBatch(batch)));
    return new Map(found.flat().map((enrolment) => [enrolment.idNumber, enrolment]));
  }

  /** The applications registered under these references; references the system lacks are absent. */
  async applicationsByReference(references: readonly string[]): Promise<Map<string, BackOfficeRecord>> {
    const found = await Promise.all(
      batchesOf(references).map((batch) =>
        this.caller.call(
          'queryApplications',
          async (signal) => {
            const response = await this.authorisedPost(PATHS.applicationQuery, { externalRefs: batch }, signal);
            return read(response, ApplicationQueryResponse, 'queryApplications').data.map(toBackOfficeRecord);
          },
          { kind: 'read' },
        ),
      ),
    );
    return new Map(found.flat().map((record) => [record.reference, record]));
  }

  /** Submits a dispatched case. The system de-duplicates externalRef: 409 DUPLICATE_REFERENCE names the first. */
  submitCase(submission: CaseSubmission): Promise<SubmissionReceipt> {
    return this.caller.call(
      'submitApplication',
      async (signal) => {
        const response = await this.authorisedPost(PATHS.applications, toApplicationRequest(submission), signal);
        const { reference } = submission;
        if (response.status === 409) {
          const { applicationNo } = parseBody(response, DuplicateReference, 'submitApplication');
          return { reference, recordNumber: applicationNo, duplicate: true };
        }
        const { applicationNo } = read(response, ApplicationCreated, 'submitApplication', 201);
        return { reference, recordNumber: applicationNo, duplicate: false };
      },
      { kind: 'write' },
    );
  }

  /** A per-request loader of applications by reference, in batches of 50. */
  applicationLoader(): DataLoader<string, BackOfficeRecord | null> {
    return createBatchLoader((references) => this.applicationsByReference(references), {
      maxBatchSize: MAX_BATCH_SIZE,
    });
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
        const response = await this.authorisedPost(PATHS.batchQuery, { idCards: idNumbers }, signal);
        return read(response, BatchQueryResponse, 'batchQuery').data.map(toMedicalEnrolment);
      },
      { kind: 'read' },
    );
  }

  /**
   * A POST with the session token; an answer that the session expired logs in again and sends
   * once more. A session problem repeats nothing the system applied: it refused the request.
   */
  private async authorisedPost(path: string, body: unknown, signal: AbortSignal): Promise<AxiosResponse<string>> {
    const token = await this.token(signal);
    const response = await this.post(path, body, signal, token);
    if (response.status === 401 && SESSION_PROBLEMS.has(legacyErrorOf(response).errorCode)) {
      return this.post(path, body, signal, await this.token(signal, token));
    }
    return response;
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

function batchesOf(keys: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < keys.length; start += MAX_BATCH_SIZE)
    batches.push(keys.slice(start, start + MAX_BATCH_SIZE));
  return batches;
}

/** The body of a success (200, or `success`) in the contract's shape; anything else as the LegacyError it means. */
function read<T>(response: AxiosResponse<string>, schema: z.ZodType<T>, operation: string, success = 200): T {
  if (response.status >= 500) throw legacyUnavailable(SYSTEM, operation, new Error(`HTTP ${response.status}`));
  if (response.status !== success) {
    const { errorCode, message } = legacyErrorOf(response);
    throw legacyRejected(SYSTEM, operation, errorCode, message);
  }
  return parseBody(response, schema, operation);
}

/** The body in the contract's shape, or LEGACY_BAD_RESPONSE naming what is off. */
function parseBody<T>(response: AxiosResponse<string>, schema: z.ZodType<T>, operation: string): T {
  const parsed = schema.safeParse(JSON.parse(response.data));
  if (!parsed.success)
    throw legacyBadResponse(
      SYSTEM,
      operation,
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  return parsed.data;
}
