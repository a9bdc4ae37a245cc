/**
 * Starts one legacy double on its own, without the hub:
 *   npm run mock -- <system> [--port N] [--host H]
 * Faults at start come from MOCK_FAULTS (JSON, as PUT /__admin/faults takes it).
 */
import { DOUBLES, findDouble } from './registry';

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main(args: string[]) {
  const entry = findDouble(args[0] ?? '');
  if (!entry) {
    console.error(
      `usage: npm run mock -- <system> [--port N] [--host H]\nsystems: ${DOUBLES.map((d) => d.system).join(', ')}`,
    );
    process.exit(2);
  }
  const port = Number(option(args, 'port') ?? entry.defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number, got ${option(args, 'port')}`);
  const running = await entry.start({ port, host: option(args, 'host') });
  console.log(`${entry.system} double listening on ${running.url} (journal: ${running.url}/__admin/requests)`);
  const stop = () => running.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
