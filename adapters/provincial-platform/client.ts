import axios from 'axios';
import { Logger } from '../../lib/logger';
import { CallSettings, createLegacyCaller, legacyBadResponse, legacyRejected, legacyUnavailable } from '../kit';
import {
  CaseEventReceipt,
  CaseEventReport,
  EvaluationReceipt,
  EvaluationReport,
  OnlineApplication,
} from './case-exchange';
import { eventResults, platformCodes, pushResults } from './codes';
import { ImplementationItem, ProvincialPage, ProvincialTask, PushOutcome } from './item';
import { signRequest } from './signature';
import { fromApplicationRecord, fromTaskRecord, toEvaluationRecord, toEventRecord, toTaskRecord } from './wire';

const SYSTEM = 'provincial-platform';

/** The platform's operations, by path. */
export const PROVINCIAL_PATHS = {
  pushTasks: '/open-api/v1/task/push',
  listTasks: '/open-api/v1/task/list',
  reportCaseEvents: '/open-api/v1/case/event',
  reportEvaluations: '/open-api/v1/case/evaluation',
  listApplications: '/open-api/v1/application/list',
} as const;

/** Records per push: the contract's maxItems. */
export const MAX_TASKS_PER_PUSH = 20;
export const MAX_PAGE_SIZE = 100;
/** Case events or evaluations per report: the contract's maxItems. */
export const MAX_REPORTS_PER_CALL = 100;

export interface ProvincialPlatformClientOptions extends CallSettings {
  /** Base URL, e.g. https://zwfw.yn.gov.cn (the double: http://127.0.0.1:4107). */
  url: string;
  /** The hub's application id and secret, issued by the platform. */
  appId: string;
  appSecret: string;
  logger: Logger;
  /** The instant requests are signed at; tests skew it to be refused as expired. */
  clock?: () => Date;
}

/** The `{code, msg, data}` envelope the platform answers with HTTP 200, whatever happened. */
function readEnvelope(operation: string, body: string): unknown {
  const envelope = JSON.parse(body);
  if (typeof envelope?.code !== 'string') throw legacyBadResponse(SYSTEM, operation, 'no {code, msg, data} envelope');
  const message = String(envelope.msg ?? '');
  switch (platformCodes.toStandard(envelope.code)) {
    case 'REFUSED':
      throw legacyRejected(SYSTEM, operation, envelope.code, message);
    case 'FAILED':
      throw legacyUnavailable(SYSTEM, operation, new Error(`code ${envelope.code}: ${message}`));
    case 'OK':
      return envelope.data;
  }
}

/**
 * The provincial government-service platform (JSON over HTTPS, every request signed: see
 * signature.ts). Each attempt is signed afresh, so a retried read never replays a nonce.
 */
export function createProvincialPlatformClient({
  url,
  appId,
  appSecret,
  logger,
  clock = () => new Date(),
  ...settings
}: ProvincialPlatformClientOptions) {
  const caller = createLegacyCaller({ system: SYSTEM, ...settings, logger });
  const http = axios.create({ baseURL: url, responseType: 'text', transformResponse: (body) => body });

  function send(operation: keyof typeof PROVINCIAL_PATHS, bizContent: unknown, kind: 'read' | 'write') {
    return caller.call(
      operation,
      async (signal) => {
        const body = signRequest(bizContent, { appId, appSecret, now: clock() });
        const response = await http.post<string>(PROVINCIAL_PATHS[operation], body, {
          signal,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        });
        return readEnvelope(operation, response.data) as Record<string, unknown> | null;
      },
      { kind },
    );
  }

  /**
   * Pushes item versions (at most MAX_TASKS_PER_PUSH). The platform keys them by code and version:
   * pushing a version again is harmless, and reports UNCHANGED unless its content changed.
   */
  async function pushItems(items: readonly ImplementationItem[]): Promise<PushOutcome[]> {
    if (items.length > MAX_TASKS_PER_PUSH) throw new Error(`at most ${MAX_TASKS_PER_PUSH} items per push`);
    const data = await send('pushTasks', { TASKS: items.map(toTaskRecord) }, 'write');
    const results = data?.RESULTS;
    if (!Array.isArray(results)) throw legacyBadResponse(SYSTEM, 'pushTasks', 'code 0000 without data.RESULTS');
    return results.map((result: { TASK_CODE: string; TASK_VERSION: number; RESULT: string }) => ({
      code: result.TASK_CODE,
      version: result.TASK_VERSION,
      result: pushResults.toStandard(String(result.RESULT)),
    }));
  }

  /** One page of the item versions the platform holds for the hub, by code then version. */
  async function listItems(pageNo: number, pageSize = MAX_PAGE_SIZE): Promise<ProvincialPage<ProvincialTask>> {
    const data = await send('listTasks', { PAGE_NO: pageNo, PAGE_SIZE: pageSize }, 'read');
    if (!data || !Array.isArray(data.LIST)) throw legacyBadResponse(SYSTEM, 'listTasks', 'code 0000 without data.LIST');
    return {
      total: Number(data.TOTAL),
      pageNo: Number(data.PAGE_NO),
      pageSize: Number(data.PAGE_SIZE),
      list: (data.LIST as Record<string, unknown>[]).map(fromTaskRecord),
    };
  }

  /** Every item version the platform holds, page after page. */
  async function allItems(pageSize = MAX_PAGE_SIZE): Promise<ProvincialTask[]> {
    const all: ProvincialTask[] = [];
    for (let pageNo = 1; ; pageNo++) {
      const page = await listItems(pageNo, pageSize);
      all.push(...page.list);
      if (page.list.length === 0 || all.length >= page.total) return all;
    }
  }

  /**
   * Reports case events; the platform takes each case's events in sequence only (3001 otherwise)
   * and answers DUPLICATE for one it already has, so a report repeated after a crash is harmless.
   */
  async function reportCaseEvents(events: readonly CaseEventReport[]): Promise<CaseEventReceipt[]> {
    if (events.length > MAX_REPORTS_PER_CALL) throw new Error(`at most ${MAX_REPORTS_PER_CALL} events per report`);
    const data = await send('reportCaseEvents', { EVENTS: events.map(toEventRecord) }, 'write');
    const results = data?.RESULTS;
    if (!Array.isArray(results)) throw legacyBadResponse(SYSTEM, 'reportCaseEvents', 'code 0000 without data.RESULTS');
    return results.map((result: { SBLSH: string; EVENT_NO: number; RESULT: string }) => ({
      caseNumber: result.SBLSH,
      sequence: result.EVENT_NO,
      result: eventResults.toStandard(String(result.RESULT)),
    }));
  }

  /**
   * Reports 好差评 evaluations, one per case. The platform takes a case's evaluation only after its
   * delivery event (3001 otherwise) and answers DUPLICATE for a case it already has one for.
   */
  async function reportEvaluations(evaluations: readonly EvaluationReport[]): Promise<EvaluationReceipt[]> {
    if (evaluations.length > MAX_REPORTS_PER_CALL)
      throw new Error(`at most ${MAX_REPORTS_PER_CALL} evaluations per report`);
    const data = await send('reportEvaluations', { EVALUATIONS: evaluations.map(toEvaluationRecord) }, 'write');
    const results = data?.RESULTS;
    if (!Array.isArray(results)) throw legacyBadResponse(SYSTEM, 'reportEvaluations', 'code 0000 without data.RESULTS');
    return results.map((result: { SBLSH: string; RESULT: string }) => ({
      caseNumber: result.SBLSH,
      result: eventResults.toStandard(String(result.RESULT)),
    }));
  }

  /**
   * A signed read that changes nothing (the first item the platform holds): resolves when the
   * platform accepts the hub's app id, signature and clock now, and throws its refusal otherwise.
   * A sender holding messages the platform refused asks this before sending them again.
   */
  async function checkAccess(): Promise<void> {
    await listItems(1, 1);
  }

  /**
   * Applications submitted on the provincial portal after delivery sequence `afterSequence`, in
   * delivery order. The platform may deliver one application more than once: the hub de-duplicates
   * by application number.
   */
  async function listApplications(afterSequence: number, pageSize = MAX_PAGE_SIZE): Promise<OnlineApplication[]> {
    const data = await send('listApplications', { AFTER_SEQ: afterSequence, PAGE_SIZE: pageSize }, 'read');
    if (!data || !Array.isArray(data.LIST))
      throw legacyBadResponse(SYSTEM, 'listApplications', 'code 0000 without data.LIST');
    return (data.LIST as Record<string, unknown>[]).map(fromApplicationRecord);
  }

  return {
    caller,
    pushItems,
    listItems,
    allItems,
    reportCaseEvents,
    reportEvaluations,
    checkAccess,
    listApplications,
    close: () => caller.close(),
  };
}

export type ProvincialPlatformClient = ReturnType<typeof createProvincialPlatformClient>;
