import { ApolloServer } from '@apollo/server';
import { Request, Response, Router } from 'express';
import { hasRole, Identity, Role } from '../lib/auth/identity';
import { requestIdentity } from '../lib/auth/request-identity';
import { systemIdentity } from '../lib/auth/subgraph-secrets';
import { READINESS_TIMEOUT_MS } from '../lib/health';
import { maskIdNumbers } from '../lib/identity';
import { shanghaiDate } from '../lib/scalars';
import type { GatewayContext } from './subgraph-data-source';

/**
 * The status page for supervisors and operators (运行状态), served by the gateway at
 * STATUS_PAGE_PATH for a hall's wall screen: each department system's health and circuit breaker,
 * each subgraph's health, today's cases by window and status, overdue cases, stuck dispatches and
 * the queue. Plain HTML rendered here (no script, no CDN: government networks are offline) that
 * reloads itself. ID numbers are masked and no name is shown.
 *
 * Who may see it is decided here, in one place: the gateway authenticates the bearer token on the
 * route (as on /graphql) and the page answers SUPERVISOR and ADMIN only. Its own queries then run
 * as the gateway (SYSTEM): the page shows figures, never a case's personal data.
 */
export const STATUS_PAGE_PATH = '/status';
export const STATUS_PAGE_ROLES: readonly Role[] = ['SUPERVISOR', 'ADMIN'];
const REFRESH_SECONDS = 15;

/** Runs an operation through the graph; the page needs only `data` and whether there were errors. */
type GraphExecutor = (
  query: string,
  variables?: Record<string, unknown>,
) => Promise<{ data?: any; errors?: readonly { message: string }[] }>;

/** The graph as the gateway itself asks it (SYSTEM identity, signed to each subgraph as usual). */
function graphAsGateway(apollo: ApolloServer<GatewayContext>): GraphExecutor {
  const identity: Identity = systemIdentity('gateway');
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: { identity } });
    if (response.body.kind !== 'single') throw new Error('the status page asked for an incremental answer');
    return response.body.singleResult;
  };
}

export interface StatusPageOptions {
  /** The gateway's Apollo Server: the page's queries go through the graph it serves. */
  apollo: ApolloServer<GatewayContext>;
  /** Subgraph name → its GraphQL URL: their `/health/ready` is read directly. */
  subgraphUrls: Record<string, string>;
}

// --- what the page shows -------------------------------------------------------------------

interface SubgraphHealth {
  name: string;
  /** ok, degraded, unavailable (503), or unreachable / timeout when it did not answer. */
  status: string;
  reasons: string[];
  systems: { system: string; reachable: boolean; breaker: string }[];
}

/** One section's data, or why it is missing (a subgraph down): the rest of the page still shows. */
type Section<T> = { data: T } | { unavailable: string };

interface StatusSnapshot {
  at: Date;
  today: string;
  subgraphs: SubgraphHealth[];
  windows: Section<{ window: { code: string; name: string } | null; status: string; count: number }[]>;
  overdue: Section<{
    cases: {
      caseNumber: string;
      itemName: string;
      dueDate: string;
      department: { name: string };
      window: { name: string } | null;
      person: { idNumber: string } | null;
    }[];
    departments: { department: { name: string }; overdue: number }[];
  }>;
  stuck: Section<
    {
      case: { caseNumber: string };
      department: { name: string };
      system: string;
      attempts: number;
      lastError: string | null;
    }[]
  >;
  queue: Section<{ zone: string; waiting: number }[]>;
}

async function subgraphHealth(name: string, url: string): Promise<SubgraphHealth> {
  try {
    const response = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(READINESS_TIMEOUT_MS) });
    const body = (await response.json()) as {
      status?: string;
      reasons?: string[];
      legacySystems?: Record<string, { reachable: boolean; breaker: string }>;
    };
    return {
      name,
      status: body.status ?? `HTTP ${response.status}`,
      reasons: body.reasons ?? [],
      systems: Object.entries(body.legacySystems ?? {}).map(([system, state]) => ({ system, ...state })),
    };
  } catch (error) {
    return {
      name,
      status: (error as Error).name === 'TimeoutError' ? 'timeout' : 'unreachable',
      reasons: [],
      systems: [],
    };
  }
}

async function section<T>(
  graph: GraphExecutor,
  query: string,
  variables: Record<string, unknown>,
  pick: (data: any) => T,
): Promise<Section<T>> {
  try {
    const { data, errors } = await graph(query, variables);
    return errors?.length || !data ? { unavailable: errors?.[0]?.message ?? 'no data' } : { data: pick(data) };
  } catch (error) {
    return { unavailable: (error as Error).message };
  }
}

const WINDOWS_QUERY = `query StatusWindows($today: Date!) {
  windowCaseCounts(day: $today) { window { code name } status count }
}`;
const OVERDUE_QUERY = `query StatusOverdue {
  overdueCases { caseNumber itemName dueDate department { name } window { name } person { idNumber } }
  departmentStats { department { name } overdue }
}`;
const STUCK_QUERY = `query StatusStuck {
  stuckDispatches { case { caseNumber } department { name } system attempts lastError }
}`;
const ZONES_QUERY = `query StatusZones { hallZones { code name } }`;

async function queueSection(graph: GraphExecutor): Promise<Section<{ zone: string; waiting: number }[]>> {
  const zones = await section(graph, ZONES_QUERY, {}, (data) => data.hallZones as { code: string; name: string }[]);
  if (!('data' in zones) || zones.data.length === 0) return 'data' in zones ? { data: [] } : zones;
  // one operation for every zone: an alias per zone
  const query = `query StatusQueue { ${zones.data
    .map((zone, index) => `z${index}: queueStats(zoneCode: ${JSON.stringify(zone.code)}) { waiting }`)
    .join(' ')} }`;
  return section(graph, query, {}, (data) =>
    zones.data.map((zone, index) => ({ zone: zone.name, waiting: data[`z${index}`].waiting as number })),
  );
}

async function takeSnapshot(options: StatusPageOptions): Promise<StatusSnapshot> {
  const at = new Date();
  const today = shanghaiDate(at);
  const graph = graphAsGateway(options.apollo);
  const [subgraphs, windows, overdue, stuck, queue] = await Promise.all([
    Promise.all(Object.entries(options.subgraphUrls).map(([name, url]) => subgraphHealth(name, url))),
    section(graph, WINDOWS_QUERY, { today }, (data) => data.windowCaseCounts),
    section(graph, OVERDUE_QUERY, {}, (data) => ({
      cases: data.overdueCases,
      departments: data.departmentStats.filter((row: { overdue: number }) => row.overdue > 0),
    })),
    section(graph, STUCK_QUERY, {}, (data) => data.stuckDispatches),
    queueSection(graph),
  ]);
  return { at, today, subgraphs, windows, overdue, stuck, queue };
}

// --- rendering -----------------------------------------------------------------------------

const SYSTEM_LABELS: Record<string, string> = {
  'forestry-harvest': '林木采伐许可系统',
  'forestry-transport': '木材运输证系统',
  'forestry-land-use': '使用林地审核系统',
  'health-insurance': '新农合系统',
  pensions: '城乡居民养老保险系统',
  'party-building': '党建系统',
  'provincial-platform': '省政务服务平台',
};
const SUBGRAPH_STATUS: Record<string, string> = {
  ok: '正常',
  degraded: '部分降级',
  unavailable: '未就绪',
  unreachable: '不可达',
  timeout: '超时',
};
const BREAKER: Record<string, string> = { CLOSED: '闭合', OPEN: '断开', HALF_OPEN: '半开' };
const CASE_STATUS: Record<string, string> = {
  SUBMITTED: '已提交',
  NEEDS_SUPPLEMENT: '待补正',
  ACCEPTED: '已受理',
  REJECTED: '不予受理',
  DISPATCHED: '已分送',
  IN_REVIEW: '审查中',
  APPROVED: '已批准',
  DENIED: '不予批准',
  RESULT_READY: '待出件',
  DELIVERED: '已送达',
};

/** Every text goes through here: HTML-escaped, and any ID number masked. */
const text = (value: unknown) =>
  maskIdNumbers(String(value ?? '')).replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!,
  );

const row = (cells: unknown[], className = '') =>
  `<tr${className ? ` class="${className}"` : ''}>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;

function table(headings: string[], rows: string[], empty: string): string {
  if (rows.length === 0) return `<p class="quiet">${empty}</p>`;
  return `<table><thead><tr>${headings.map((heading) => `<th>${heading}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function sectionHtml<T>(title: string, content: Section<T>, render: (data: T) => string): string {
  const body =
    'data' in content
      ? render(content.data)
      : `<p class="down">数据暂不可用 (data unavailable): ${text(content.unavailable)}</p>`;
  return `<section><h2>${title}</h2>${body}</section>`;
}

function systemsHtml(subgraphs: SubgraphHealth[]): string {
  const rows = subgraphs.flatMap(({ name, systems }) =>
    systems.map(({ system, reachable, breaker }) => {
      const down = !reachable || breaker === 'OPEN';
      return row(
        [
          `${text(SYSTEM_LABELS[system] ?? system)} <span class="code">${text(system)}</span>`,
          text(name),
          reachable ? '可达 (reachable)' : '不可达 (unreachable)',
          `${text(BREAKER[breaker] ?? breaker)} (${text(breaker)})`,
          down ? '不可用 (unavailable)' : breaker === 'HALF_OPEN' ? '恢复中 (recovering)' : '正常 (ok)',
        ],
        down ? 'down' : breaker === 'HALF_OPEN' ? 'warn' : 'up',
      );
    }),
  );
  const silent = subgraphs.filter(({ status }) => status === 'unreachable' || status === 'timeout');
  const note = silent.length
    ? `<p class="down">子图无应答, 其业务系统状态未知: ${silent.map(({ name }) => text(name)).join(', ')}</p>`
    : '';
  return `<section><h2>部门业务系统 Department systems</h2>${table(
    ['系统 System', '子图 Subgraph', '连通 Reachability', '熔断器 Breaker', '状态 Status'],
    rows,
    '无',
  )}${note}</section>`;
}

function subgraphsHtml(subgraphs: SubgraphHealth[]): string {
  const rows = subgraphs.map(({ name, status, reasons }) =>
    row(
      [text(name), `${text(SUBGRAPH_STATUS[status] ?? status)} (${text(status)})`, text(reasons.join('; '))],
      status === 'ok' ? 'up' : status === 'degraded' ? 'warn' : 'down',
    ),
  );
  return `<section><h2>子图 Subgraphs</h2>${table(['子图 Subgraph', '状态 Status', '原因 Reasons'], rows, '无')}</section>`;
}

function windowsHtml(
  counts: { window: { code: string; name: string } | null; status: string; count: number }[],
): string {
  const statuses = Object.keys(CASE_STATUS).filter((status) => counts.some((count) => count.status === status));
  const windows = [...new Map(counts.map(({ window }) => [window?.code ?? '', window])).values()];
  const rows = windows.map((window) => {
    const of = (status: string) =>
      counts.find((count) => (count.window?.code ?? '') === (window?.code ?? '') && count.status === status)?.count ??
      0;
    const total = statuses.reduce((sum, status) => sum + of(status), 0);
    return row([window ? text(window.name) : '网上/自助 (online, terminal)', ...statuses.map(of), `<b>${total}</b>`]);
  });
  return table(
    [
      '窗口 Window',
      ...statuses.map((status) => `${CASE_STATUS[status]}<br><span class="code">${status}</span>`),
      '合计',
    ],
    rows,
    '今日暂无办件 (no cases today)',
  );
}

function overdueHtml(overdue: Extract<StatusSnapshot['overdue'], { data: unknown }>['data']): string {
  const departments = table(
    ['部门 Department', '超期 Overdue'],
    overdue.departments.map(({ department, overdue: count }) => row([text(department.name), count], 'down')),
    '无超期部门',
  );
  const cases = table(
    ['办件编号 Case', '事项 Item', '部门 Department', '窗口 Window', '申请人证件 Applicant ID', '承诺办结 Due'],
    overdue.cases.map((kase) =>
      row(
        [
          text(kase.caseNumber),
          text(kase.itemName),
          text(kase.department.name),
          text(kase.window?.name ?? '—'),
          text(kase.person?.idNumber ?? '—'),
          text(kase.dueDate),
        ],
        'down',
      ),
    ),
    '无超期办件 (no overdue cases)',
  );
  return `<h3>按部门 By department</h3>${departments}<h3>办件 Cases</h3>${cases}`;
}

function stuckHtml(stuck: Extract<StatusSnapshot['stuck'], { data: unknown }>['data']): string {
  return table(
    ['办件编号 Case', '部门 Department', '系统 System', '尝试次数 Attempts', '最近错误 Last error'],
    stuck.map((entry) =>
      row(
        [
          text(entry.case.caseNumber),
          text(entry.department.name),
          text(entry.system),
          entry.attempts,
          text(entry.lastError ?? ''),
        ],
        'down',
      ),
    ),
    '无受阻分送 (no stuck dispatches)',
  );
}

function renderStatusPage(snapshot: StatusSnapshot): string {
  const time = snapshot.at.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="${REFRESH_SECONDS}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>蒙自一窗通办 运行状态</title>
<style>
  body { margin: 0; padding: 1.5rem 2rem; background: #10151c; color: #e8edf2; font: 18px/1.5 "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
  h1 { font-size: 2rem; margin: 0 0 .25rem; } h2 { font-size: 1.4rem; border-bottom: 2px solid #2c3a4a; padding-bottom: .25rem; margin-top: 1.75rem; }
  h3 { font-size: 1.1rem; color: #9fb3c8; } .quiet, .meta { color: #9fb3c8; } .code { color: #7f93a8; font-size: .8em; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid #2c3a4a; }
  th { color: #9fb3c8; font-weight: normal; }
  tr.up td:last-child { color: #4ade80; } tr.warn td { color: #facc15; } tr.down td, p.down { color: #f87171; }
  tr.down { background: #3b1218; }
  main { display: grid; grid-template-columns: repeat(auto-fit, minmax(38rem, 1fr)); gap: 0 2.5rem; }
</style>
</head>
<body>
<h1>蒙自市一窗通办 运行状态</h1>
<p class="meta">${text(time)} (北京时间) · 每 ${REFRESH_SECONDS} 秒自动刷新 · 今日 ${text(snapshot.today)}</p>
<main>
${systemsHtml(snapshot.subgraphs)}
${subgraphsHtml(snapshot.subgraphs)}
${sectionHtml('今日办件 Today’s cases by window and status', snapshot.windows, windowsHtml)}
${sectionHtml('超期办件 Overdue cases', snapshot.overdue, overdueHtml)}
${sectionHtml('分送受阻 Stuck dispatches', snapshot.stuck, stuckHtml)}
${sectionHtml('排队等候 Waiting in the queue', snapshot.queue, (zones) =>
  table(
    ['区域 Zone', '等候人数 Waiting'],
    zones.map(({ zone, waiting }) => row([text(zone), waiting])),
    '无',
  ),
)}
</main>
</body>
</html>
`;
}

function refuse(res: Response, status: 401 | 403) {
  const message =
    status === 401
      ? '请登录 (sign in): this page needs a bearer token'
      : '无权查看 (forbidden): supervisors and administrators only';
  res
    .status(status)
    .type('html')
    .send(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${status}</title><p>${message}</p></html>`);
}

/**
 * `GET /` of the router (mounted at STATUS_PAGE_PATH after the gateway's token check): the page
 * for SUPERVISOR and ADMIN; 401 for anonymous callers, 403 for other roles.
 */
export function statusPage(options: StatusPageOptions): Router {
  const router = Router();
  router.get('/', async (_req: Request, res: Response) => {
    const identity = requestIdentity(res);
    if (!identity) return refuse(res, 401);
    if (!hasRole(identity, ...STATUS_PAGE_ROLES)) return refuse(res, 403);
    res
      .set('cache-control', 'no-store')
      .type('html')
      .send(renderStatusPage(await takeSnapshot(options)));
  });
  return router;
}
