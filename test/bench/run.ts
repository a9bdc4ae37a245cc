/**
 * `npm run bench`: the hub's one-graph queries through our gateway, stock @apollo/gateway and
 * Hive Gateway side by side, the direct subgraph calls as the ceiling, and the cases subgraph at
 * growing data sizes on PostgreSQL. Prints tables; writes results/latest.json and two SVG charts.
 * See test/bench/README.md.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../lib/paths';
import { ratioChart, scaleChart } from './chart';
import { compareGateways, Comparison } from './compare-gateways';
import { benchOptions } from './options';
import { HUB_QUERIES } from './queries';
import { printComparison, printScale, Ratio, ratiosOf } from './report';
import { measureScaleStep, ScaleStep } from './scale';
import { seedCases } from './seed-cases';
import { startStack } from './stack';

/** The PostgreSQL server throwaway databases are created on (and dropped from). */
const DEFAULT_DATABASE_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

async function main() {
  const options = benchOptions(process.argv.slice(2));
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_SERVER;
  const root = repoRoot();
  const startedAt = new Date();

  console.log('starting the doubles and the six subgraphs…');
  const stack = await startStack(join(root, 'dist'));
  let comparison: Comparison | null = null;
  let ratios: Record<string, Ratio> = {};
  const scale: ScaleStep[] = [];
  try {
    await seedCases(stack.subgraphUrls.cases, 60);
    if (options.hub) {
      comparison = await compareGateways(root, stack, HUB_QUERIES, options);
      ratios = ratiosOf(comparison);
      printComparison(comparison, ratios);
    }
    for (const size of options.scale) {
      console.log(`scale: ${size.toLocaleString('en')} cases…`);
      const load = { connections: options.scaleConnections, durationS: options.scaleDurationS };
      scale.push(await measureScaleStep(root, stack.subgraphUrls.catalogue, size, load));
      console.log(`  generated in ${scale.at(-1)!.seedSeconds} s`);
    }
    if (scale.length) printScale(scale);
  } finally {
    await stack.stop();
  }

  const results = join(root, 'test', 'bench', 'results');
  mkdirSync(results, { recursive: true });
  // the charts belong to latest.json; a run written elsewhere (--output) leaves them alone
  const charts = options.output === 'latest.json' ? ['ratios.svg', 'scale.svg'] : [];
  if (charts.length) {
    writeFileSync(join(results, 'ratios.svg'), ratioChart(ratios));
    writeFileSync(join(results, 'scale.svg'), scaleChart(scale));
  }
  const report = {
    generatedAt: startedAt.toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryMiB: Math.round(totalmem() / 2 ** 20),
      node: process.version,
    },
    settings: options,
    ratios,
    gateways: comparison?.gateways ?? null,
    queries: comparison?.profiles ?? null,
    results: comparison?.results ?? null,
    scale,
    charts,
  };
  writeFileSync(join(results, options.output), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwritten: ${[join(results, options.output), ...charts].join(', ')}`);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
