/**
 * `npm run bench`: the hub's one-graph queries through our gateway, stock @apollo/gateway and
 * Hive Gateway side by side, the direct subgraph calls as the ceiling — against the real
 * subgraphs, then against canned ones (their recorded answers, so the gateway is the work) — and
 * the cases subgraph at growing data sizes on PostgreSQL. Prints tables; writes
 * results/latest.json and two SVG charts. See test/bench/README.md.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../../lib/paths';
import { ratioChart, scaleChart } from './chart';
import { CannedStats, startCannedSubgraphs } from './canned-subgraphs';
import { compareGateways, Comparison, retarget } from './compare-gateways';
import { benchOptions } from './options';
import { HUB_QUERIES } from './queries';
import { recordSubgraphWaves } from './record-plan';
import { printComparison, printScale, Ratio, ratiosOf } from './report';
import { measureScaleStep, ScaleStep } from './scale';
import { seedCases } from './seed-cases';
import { startStack } from './stack';
import { installBenchTrust } from './trust';

/** The PostgreSQL server throwaway databases are created on (and dropped from). */
const DEFAULT_DATABASE_SERVER = 'postgres://postgres@127.0.0.1:5432/test';

async function main() {
  const options = benchOptions(process.argv.slice(2));
  process.env.DATABASE_URL ??= DEFAULT_DATABASE_SERVER;
  const trust = installBenchTrust();
  const root = repoRoot();
  const startedAt = new Date();

  console.log('starting the doubles and the subgraphs…');
  const stack = await startStack(join(root, 'dist'));
  let comparison: Comparison | null = null;
  let ratios: Record<string, Ratio> = {};
  let canned: { ratios: Record<string, Ratio>; recording: CannedStats; comparison: Comparison } | null = null;
  const scale: ScaleStep[] = [];
  try {
    await seedCases(stack.subgraphUrls.cases, 60);
    if (options.hub) {
      const { waves, legacyCalls } = await recordSubgraphWaves(
        stack.supergraphPath,
        HUB_QUERIES,
        trust.subgraphSecret,
        stack.doubleUrls,
      );
      comparison = await compareGateways(root, { backend: stack, waves, legacyCalls }, HUB_QUERIES, options, trust);
      ratios = ratiosOf(comparison);
      printComparison('real subgraphs', comparison, ratios);

      if (options.canned) {
        console.log('canned subgraphs: recording every gateway’s subgraph requests…');
        const subgraphs = await startCannedSubgraphs(join(root, 'dist'), stack);
        try {
          const retargeted = retarget(waves, stack.subgraphUrls, subgraphs.subgraphUrls);
          const against = { backend: subgraphs, waves: retargeted, beforeMeasuring: subgraphs.replay };
          const cannedComparison = await compareGateways(root, against, HUB_QUERIES, options, trust);
          canned = {
            ratios: ratiosOf(cannedComparison),
            recording: await subgraphs.stats(),
            comparison: cannedComparison,
          };
        } finally {
          await subgraphs.stop();
        }
        printComparison('canned subgraphs (the gateway is the work)', canned.comparison, canned.ratios);
        const { recorded, replayed, misses } = canned.recording;
        console.log(`canned subgraphs: ${recorded} requests recorded, ${replayed} answers replayed, ${misses} misses`);
      }
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
  // the charts belong to latest.json; a run written elsewhere (--output) leaves them alone, and
  // a run without a section leaves its chart as the last run with it drew it
  const drawn = { 'ratios.svg': options.hub, 'scale.svg': scale.length > 0 };
  const charts =
    options.output === 'latest.json' ? Object.keys(drawn).filter((chart) => drawn[chart as keyof typeof drawn]) : [];
  if (charts.includes('ratios.svg')) {
    writeFileSync(join(results, 'ratios.svg'), ratioChart({ real: ratios, canned: canned?.ratios ?? {} }));
  }
  if (charts.includes('scale.svg')) writeFileSync(join(results, 'scale.svg'), scaleChart(scale));
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
    canned: canned && {
      description: 'the same gateways and queries against canned subgraphs: their recorded answers, replayed',
      ratios: canned.ratios,
      gateways: canned.comparison.gateways,
      results: canned.comparison.results,
      recording: canned.recording,
    },
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
