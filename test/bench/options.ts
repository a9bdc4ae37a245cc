import { parseArgs } from 'node:util';
import { GatewayName } from './gateways';

export interface BenchOptions {
  durationS: number;
  warmupS: number;
  connections: number;
  workers: number;
  /** Turns each runner takes per query (see compare-gateways.ts). */
  rounds: number;
  gateways: GatewayName[];
  /** Numbers of cases for the scale section; empty skips it. */
  scale: number[];
  hub: boolean;
  /** Whether the gateways also run against canned subgraphs (canned-subgraphs.ts). */
  canned: boolean;
  scaleConnections: number;
  scaleDurationS: number;
  /** The report's file name under results/ (charts are written beside latest.json only). */
  output: string;
  /** Settings our gateway runs with besides its defaults (`--ours-env NAME=value,…`): a lever off. */
  oursEnv: Record<string, string>;
}

const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };

/** `npm run bench -- [--duration 10] [--warmup 3] [--connections 32] [--workers 1] …` (see README). */
export function benchOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '32' },
      workers: { type: 'string', default: '1' },
      rounds: { type: 'string', default: '3' },
      gateways: { type: 'string', default: 'ours,stock,hive' },
      scale: { type: 'string', default: '10k,100k,1m' },
      'scale-connections': { type: 'string', default: '8' },
      'scale-duration': { type: 'string', default: '5' },
      'no-scale': { type: 'boolean', default: false },
      'no-hub': { type: 'boolean', default: false },
      'no-canned': { type: 'boolean', default: false },
      output: { type: 'string', default: 'latest.json' },
      'ours-env': { type: 'string', default: '' },
    },
  });
  const positive = (name: string, value: string) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a positive integer, got ${value}`);
    return number;
  };
  const gateways = values.gateways.split(',').map((name) => name.trim()) as GatewayName[];
  for (const name of gateways) {
    if (!['ours', 'stock', 'hive'].includes(name)) throw new Error(`--gateways: unknown gateway ${name}`);
  }
  const scale = values['no-scale']
    ? []
    : values.scale.split(',').map((size) => {
        const cases = SIZES[size.trim().toLowerCase()];
        if (!cases) throw new Error(`--scale: sizes are 10k, 100k and 1m, got ${size}`);
        return cases;
      });
  return {
    durationS: positive('duration', values.duration),
    warmupS: positive('warmup', values.warmup),
    connections: positive('connections', values.connections),
    workers: positive('workers', values.workers),
    rounds: positive('rounds', values.rounds),
    gateways,
    scale,
    hub: !values['no-hub'],
    canned: !values['no-canned'],
    scaleConnections: positive('scale-connections', values['scale-connections']),
    scaleDurationS: positive('scale-duration', values['scale-duration']),
    output: values.output,
    oursEnv: Object.fromEntries(
      values['ours-env']
        .split(',')
        .filter(Boolean)
        .map((setting) => {
          const [name, value] = setting.split('=');
          if (!/^GATEWAY_[A-Z_]+$/.test(name) || value === undefined) {
            throw new Error(`--ours-env: GATEWAY_<LEVER>=<value>, comma-separated; got ${setting}`);
          }
          return [name.trim(), value.trim()];
        }),
    ),
  };
}
