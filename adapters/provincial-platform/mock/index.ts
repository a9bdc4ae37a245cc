import { Request, Response } from 'express';
import { createDouble } from '../../kit/mock/double';
import { RunningDouble, startDouble, StartDoubleOptions } from '../../kit/mock/start';
import { MAX_PAGE_SIZE, MAX_TASKS_PER_PUSH, PROVINCIAL_PATHS } from '../client';
import { ApplicationInbox, CaseEventStore, EvaluationStore } from './case-exchange';
import { Envelope, envelope, RequestVerifier, TaskStore } from './platform';

export { PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS } from './platform';

const OPERATIONS = Object.fromEntries(Object.entries(PROVINCIAL_PATHS).map(([operation, path]) => [path, operation]));

const isVersionedTask = (task: unknown): task is { TASK_CODE: string; TASK_VERSION: number } =>
  typeof (task as { TASK_CODE?: unknown })?.TASK_CODE === 'string' &&
  Number.isInteger((task as { TASK_VERSION?: unknown }).TASK_VERSION) &&
  (task as { TASK_VERSION: number }).TASK_VERSION >= 1;

function pushTasks(store: TaskStore, { TASKS }: Record<string, unknown>): Envelope {
  if (!Array.isArray(TASKS) || TASKS.length === 0 || TASKS.length > MAX_TASKS_PER_PUSH) {
    return envelope('1001', `参数错误：TASKS须为1至${MAX_TASKS_PER_PUSH}条`);
  }
  if (!TASKS.every(isVersionedTask)) return envelope('1001', '参数错误：每条须有TASK_CODE和TASK_VERSION');
  const RESULTS = TASKS.map((task) => ({
    TASK_CODE: task.TASK_CODE,
    TASK_VERSION: task.TASK_VERSION,
    RESULT: store.push(task),
  }));
  return envelope('0000', '成功', { RESULTS });
}

function listTasks(store: TaskStore, { PAGE_NO, PAGE_SIZE }: Record<string, unknown>): Envelope {
  const pageNo = Number(PAGE_NO);
  const pageSize = Number(PAGE_SIZE);
  if (
    !Number.isInteger(pageNo) ||
    pageNo < 1 ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > MAX_PAGE_SIZE
  ) {
    return envelope('1001', `参数错误：PAGE_NO≥1，PAGE_SIZE为1至${MAX_PAGE_SIZE}`);
  }
  const all = store.list();
  const LIST = all.slice((pageNo - 1) * pageSize, pageNo * pageSize);
  return envelope('0000', '成功', { TOTAL: all.length, PAGE_NO: pageNo, PAGE_SIZE: pageSize, LIST });
}

/**
 * The provincial government-service platform's double: JSON over HTTP, HTTP 200 always, every
 * request's signature, timestamp and nonce verified before it is read (mock/platform.ts).
 */
export function startProvincialPlatformDouble(options: StartDoubleOptions): Promise<RunningDouble> {
  const double = createDouble({
    system: 'provincial-platform',
    contentType: 'application/json; charset=utf-8',
    operationOf: ({ method, path }) => (method === 'POST' && OPERATIONS[path]) || `${method} ${path}`,
  });
  const verifier = new RequestVerifier();
  const tasks = new TaskStore();
  const route = (answer: (bizContent: Record<string, unknown>) => Envelope) => (req: Request, res: Response) => {
    const verified = verifier.verify(req.body as Buffer);
    res.status(200).json('refusal' in verified ? verified.refusal : answer(verified.bizContent));
  };
  double.app.post(
    PROVINCIAL_PATHS.pushTasks,
    route((bizContent) => pushTasks(tasks, bizContent)),
  );
  double.app.post(
    PROVINCIAL_PATHS.listTasks,
    route((bizContent) => listTasks(tasks, bizContent)),
  );
  const events = new CaseEventStore();
  const evaluations = new EvaluationStore(events);
  const applications = new ApplicationInbox();
  double.app.post(
    PROVINCIAL_PATHS.reportCaseEvents,
    route(({ EVENTS }) => events.report(EVENTS)),
  );
  double.app.post(
    PROVINCIAL_PATHS.reportEvaluations,
    route(({ EVALUATIONS }) => evaluations.report(EVALUATIONS)),
  );
  double.app.post(
    PROVINCIAL_PATHS.listApplications,
    route((bizContent) => applications.list(bizContent)),
  );
  // the platform's own side, for tests and demos: what it recorded, and a resident applying on the portal
  double.admin.get('/case-events', (_req, res) => res.json({ count: events.all().length, events: events.all() }));
  double.admin.delete('/case-events', (_req, res) => {
    events.clear();
    res.status(204).end();
  });
  double.admin.get('/evaluations', (_req, res) =>
    res.json({ count: evaluations.all().length, evaluations: evaluations.all() }),
  );
  double.admin.post('/applications', (req, res) => {
    const { deliveries, ...application } = req.body ?? {};
    applications.submit(application, Number(deliveries ?? 1));
    res.status(201).json({ accepted: true });
  });
  return startDouble(double.app, options);
}
