import { Ratio } from './report';
import { ScaleStep } from './scale';

/** Hand-written SVG: two small charts need no plotting library. */
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b'];
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const text = (x: number, y: number, content: string, attributes = '') =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${attributes}>${escape(content)}</text>`;

function svg(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    text(width / 2, 20, title, 'text-anchor="middle" font-size="14" font-weight="bold"'),
    ...body,
    '</svg>',
  ].join('\n');
}

function legend(x: number, y: number, names: string[]): string[] {
  return names.flatMap((name, index) => [
    `<rect x="${x}" y="${y + index * 16 - 9}" width="10" height="10" fill="${COLOURS[index]}"/>`,
    text(x + 14, y + index * 16, name),
  ]);
}

/**
 * Grouped bars: per query and section (real subgraphs, canned subgraphs), our gateway vs stock
 * beside the ceiling any gateway could reach vs stock here, vs Hive (higher is better) and p99 vs
 * direct (lower).
 */
export function ratioChart(sections: Record<string, Record<string, Ratio>>): string {
  const ratios: Record<string, Ratio> = Object.fromEntries(
    Object.entries(sections).flatMap(([section, byQuery]) =>
      Object.entries(byQuery).map(([query, ratio]) => [`${query} (${section})`, ratio]),
    ),
  );
  const series: [keyof Ratio, string][] = [
    ['vsStock', 'req/s vs stock @apollo/gateway (target ≥ 2)'],
    ['ceilingVsStock', 'the most any gateway could reach vs stock on this machine (CPU-bound)'],
    ['vsHive', 'req/s vs Hive Gateway (target ≥ 1.5)'],
    ['p99VsDirect', 'p99 vs direct subgraph calls (target ≤ 2)'],
  ];
  const queries = Object.keys(ratios);
  const values = queries.flatMap((query) => series.map(([key]) => ratios[query][key] ?? 0));
  const top = Math.max(2.5, ...values) * 1.1;
  const [left, plotTop, plotWidth, plotHeight] = [50, 40, Math.max(520, 130 * queries.length), 260];
  const y = (value: number) => plotTop + plotHeight - (value / top) * plotHeight;
  const group = plotWidth / queries.length;
  const bar = (group * 0.7) / series.length;
  const body: string[] = [];
  for (let tick = 0; tick <= top; tick += top > 6 ? 1 : 0.5) {
    body.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${y(tick)}" y2="${y(tick)}" stroke="#eee"/>`);
    body.push(text(left - 6, y(tick) + 4, tick.toFixed(1), 'text-anchor="end"'));
  }
  body.push(
    `<line x1="${left}" x2="${left + plotWidth}" y1="${y(1)}" y2="${y(1)}" stroke="#333" stroke-dasharray="4 3"/>`,
  );
  queries.forEach((query, index) => {
    const x0 = left + index * group + group * 0.15;
    series.forEach(([key], s) => {
      const value = ratios[query][key];
      const x = x0 + s * bar;
      if (value === null) {
        body.push(text(x + bar / 2, y(0) - 4, 'n/a', 'text-anchor="middle" fill="#999"'));
        return;
      }
      body.push(
        `<rect x="${x.toFixed(1)}" y="${y(value).toFixed(1)}" width="${(bar - 2).toFixed(1)}" height="${(y(0) - y(value)).toFixed(1)}" fill="${COLOURS[s]}"/>`,
      );
      body.push(text(x + bar / 2, y(value) - 3, value.toFixed(2), 'text-anchor="middle" font-size="10"'));
    });
    body.push(text(left + index * group + group / 2, plotTop + plotHeight + 16, query, 'text-anchor="middle"'));
  });
  body.push(
    ...legend(
      left,
      plotTop + plotHeight + 40,
      series.map(([, label]) => label),
    ),
  );
  return svg(plotWidth + 100, 400, 'Our gateway against its peers (ratios per query and subgraphs)', body);
}

/**
 * Latency of each cases operation alone (no queueing: the median of three requests one at a time)
 * against the number of cases, both axes logarithmic.
 */
export function scaleChart(steps: ScaleStep[]): string {
  if (steps.length === 0) return svg(620, 80, 'Cases subgraph on PostgreSQL: no scale steps were run', []);
  const operations = Object.keys(steps[0].results) as (keyof ScaleStep['results'])[];
  const latencies = steps.flatMap((step) => operations.map((operation) => step.results[operation].aloneMs));
  const [minY, maxY] = [
    Math.log10(Math.max(0.1, Math.min(...latencies)) / 1.5),
    Math.log10(Math.max(...latencies) * 1.5),
  ];
  const [minX, maxX] = [Math.log10(steps[0].cases) - 0.2, Math.log10(steps.at(-1)!.cases) + 0.2];
  const [left, plotTop, plotWidth, plotHeight] = [60, 40, 500, 260];
  const x = (cases: number) => left + ((Math.log10(cases) - minX) / (maxX - minX || 1)) * plotWidth;
  const y = (ms: number) => plotTop + plotHeight - ((Math.log10(ms) - minY) / (maxY - minY || 1)) * plotHeight;
  const body: string[] = [];
  for (let exponent = Math.ceil(minY); exponent <= maxY; exponent++) {
    const ms = 10 ** exponent;
    body.push(`<line x1="${left}" x2="${left + plotWidth}" y1="${y(ms)}" y2="${y(ms)}" stroke="#eee"/>`);
    body.push(text(left - 6, y(ms) + 4, `${ms} ms`, 'text-anchor="end"'));
  }
  for (const step of steps) {
    body.push(text(x(step.cases), plotTop + plotHeight + 16, step.cases.toLocaleString('en'), 'text-anchor="middle"'));
  }
  operations.forEach((operation, index) => {
    const points = steps.map((step) => `${x(step.cases).toFixed(1)},${y(step.results[operation].aloneMs).toFixed(1)}`);
    body.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${COLOURS[index]}" stroke-width="2"/>`);
    steps.forEach((step) => {
      const ms = step.results[operation].aloneMs;
      body.push(`<circle cx="${x(step.cases).toFixed(1)}" cy="${y(ms).toFixed(1)}" r="3" fill="${COLOURS[index]}"/>`);
    });
  });
  body.push(text(left + plotWidth / 2, plotTop + plotHeight + 32, 'cases in the database', 'text-anchor="middle"'));
  body.push(
    ...legend(
      left,
      plotTop + plotHeight + 52,
      operations.map((operation) => `${operation} (one request alone)`),
    ),
  );
  return svg(620, 420, 'Cases subgraph on PostgreSQL: latency by data size', body);
}
