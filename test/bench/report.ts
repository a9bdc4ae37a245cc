import { Comparison } from './compare-gateways';
import { GatewayName } from './gateways';
import { ScaleStep } from './scale';

/** Our gateway against its peers, per query. Null when the peer did not run. */
export interface Ratio {
  /** Our requests/s ÷ stock @apollo/gateway's. Target ≥ 2. */
  vsStock: number | null;
  /** Our requests/s ÷ Hive Gateway's. Target ≥ 1.5. */
  vsHive: number | null;
  /** Our p99 ÷ the direct subgraph calls' p99. Target ≤ 2. */
  p99VsDirect: number | null;
  /**
   * The most any gateway could reach against stock on this machine when its CPU is what limits
   * throughput: a request through stock costs the machine M ms of CPU, G of them in stock's own
   * process; a gateway costing nothing would still cost M − G, so at best M ÷ (M − G) times
   * stock's throughput. Below 2 the target vs stock cannot be met here by gateway work alone.
   */
  ceilingVsStock: number | null;
}

const ratio = (a: number | undefined, b: number | undefined) => (a && b ? Math.round((a / b) * 100) / 100 : null);

export function ratiosOf(comparison: Comparison): Record<string, Ratio> {
  return Object.fromEntries(
    Object.entries(comparison.results).map(([query, result]) => [
      query,
      {
        vsStock: ratio(result.ours?.rps, result.stock?.rps),
        vsHive: ratio(result.ours?.rps, result.hive?.rps),
        p99VsDirect: ratio(result.ours?.p99, result.direct.p99),
        ceilingVsStock: result.stock
          ? ratio(
              result.stock.machineCpuMsPerRequest,
              result.stock.machineCpuMsPerRequest - result.stock.cpuMsPerRequest,
            )
          : null,
      },
    ]),
  );
}

function table(header: string[], rows: (string | number | null)[][]): string {
  const cells = [header, ...rows.map((row) => row.map((cell) => (cell === null ? '—' : String(cell))))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padStart(widths[column])).join('  ');
  return [line(cells[0]), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function printComparison(title: string, comparison: Comparison, ratios: Record<string, Ratio>): void {
  const rows: (string | number | null)[][] = [];
  for (const [query, result] of Object.entries(comparison.results)) {
    for (const runner of ['ours', 'stock', 'hive', 'direct'] as (GatewayName | 'direct')[]) {
      const measured = result[runner];
      const gateway = measured && 'peakRssMiB' in measured ? measured : null;
      rows.push(
        measured
          ? [
              query,
              runner,
              measured.rps,
              measured.p50,
              measured.p95,
              measured.p99,
              measured.errors,
              gateway?.peakRssMiB ?? null,
              gateway?.cpuMsPerRequest ?? null,
              measured.machineCpuMsPerRequest,
            ]
          : [query, runner, null, null, null, null, null, null, null, null],
      );
    }
  }
  const header = [
    'query',
    'via',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'errors',
    'peak RSS MiB',
    'CPU ms/req',
    'machine CPU ms/req',
  ];
  console.log(`\n== ${title}\n${table(header, rows)}`);
  console.log(
    `\n${table(
      ['query', 'vs stock', 'vs Hive', 'p99 vs direct', 'ceiling vs stock', 'legacy calls per query'],
      Object.entries(ratios).map(([query, r]) => [
        query,
        r.vsStock,
        r.vsHive,
        r.p99VsDirect,
        r.ceilingVsStock,
        Object.entries(comparison.profiles[query]?.legacyCalls ?? {})
          .map(([system, calls]) => `${system} ${calls?.total}`)
          .join(', ') || (comparison.profiles[query] ? 'none' : '—'),
      ]),
    )}`,
  );
  for (const [name, status] of Object.entries(comparison.gateways)) {
    if (!status.ran) console.log(`${name} did not run: ${status.reason}`);
    else if (!status.sameAnswers) console.log(`${name} answered differently from our gateway (see latest.json)`);
  }
}

export function printScale(steps: ScaleStep[]): void {
  const rows = steps.flatMap((step) =>
    Object.entries(step.results).map(([operation, m]) => [
      step.cases,
      operation,
      m.aloneMs,
      m.rps,
      Number.isNaN(m.p50) ? null : m.p50,
      Number.isNaN(m.p95) ? null : m.p95,
      Number.isNaN(m.p99) ? null : m.p99,
      m.errors,
    ]),
  );
  const header = ['cases', 'operation', 'alone ms', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
  console.log(`\n${table(header, rows)}`);
  console.log('(— under load: no answer completed within the run)');
}
