/**
 * Starts one legacy double on its own, without the hub:
 *   npm run mock -- <system> [--port N] [--host H] [--proxy <url> --record <dir> | --playback <dir>]
 * Faults at start come from MOCK_FAULTS (JSON, as PUT /__admin/faults takes it). With `--proxy`
 * the double forwards to a real system and records each exchange, scrubbed, under `--record`;
 * with `--playback` it answers from such recordings.
 */
import { resolve } from 'node:path';
import { DOUBLES, findDouble } from './registry';
import { TrafficMode } from './traffic';

const USAGE = 'usage: npm run mock -- <system> [--port N] [--host H] [--proxy <url> --record <dir> | --playback <dir>]';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

function trafficMode(args: string[]): TrafficMode | undefined {
  const [proxy, record, playback] = ['proxy', 'record', 'playback'].map((name) => option(args, name));
  if (playback && !proxy && !record) return { playback: resolve(playback) };
  if (proxy && record && !playback) return { proxy, record: resolve(record) };
  if (proxy || record || playback) throw new Error(`--proxy needs --record (and excludes --playback)\n${USAGE}`);
  return undefined;
}

async function main(args: string[]) {
  const entry = findDouble(args[0] ?? '');
  if (!entry) {
    console.error(`${USAGE}\nsystems: ${DOUBLES.map((d) => d.system).join(', ')}`);
    process.exit(2);
  }
  const port = Number(option(args, 'port') ?? entry.defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got ${option(args, 'port')}`);
  const traffic = trafficMode(args);
  const running = await entry.start({ port, host: option(args, 'host'), traffic });
  const mode = !traffic
    ? 'seeded'
    : 'playback' in traffic
      ? `playing back ${traffic.playback}`
      : `proxying ${traffic.proxy}, recording to ${traffic.record}`;
  console.log(
    `${entry.system} double (${mode}) listening on ${running.url} (journal: ${running.url}/__admin/requests)`,
  );
  const stop = () => running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
