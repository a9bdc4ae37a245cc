/**
 * A running double's admin endpoints from the command line:
 *   npm run mock:admin -- <double-url> <command> [argument…]
 * JSON arguments are given inline or as `@file.json`.
 */
import { readFileSync } from 'node:fs';
import { doubleAdmin } from './admin';

const USAGE = `usage: npm run mock:admin -- <double-url> <command>
  requests                      every request received, in order
  count <matcher>               how many requests a matcher matches ({"operation":"CXXKZ"})
  find <matcher>                the requests a matcher matches
  stubs                         the stubs, in the order they are tried
  stub <mapping>                adds a stub ({"request":{…},"response":{…}}); prints it with its id
  unstub <id>                   removes a stub
  scenarios                     every scenario and its state
  scenario <name> <state>       puts a scenario in a state
  faults [faults]               shows, or replaces, the injected faults ({"latencyMs":2000})
  reset                         clears journal, faults, stubs and scenarios
JSON arguments: inline, or @path/to/file.json`;

const json = (argument: string | undefined) => {
  if (argument === undefined) throw new Error(`a JSON argument is missing\n${USAGE}`);
  return JSON.parse(argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument);
};

async function main([url, command, ...rest]: string[]) {
  if (!url || !command) throw new Error(USAGE);
  const admin = doubleAdmin(url.replace(/\/+$/, ''));
  const commands: Record<string, () => Promise<unknown>> = {
    requests: () => admin.requests(),
    count: () => admin.count(json(rest[0])),
    find: () => admin.find(json(rest[0])),
    stubs: () => admin.stubs(),
    stub: () => admin.addStub(json(rest[0])),
    unstub: () => admin.removeStub(rest[0] ?? ''),
    scenarios: () => admin.scenarios(),
    scenario: () => admin.setScenarioState(rest[0] ?? '', rest[1] ?? ''),
    faults: () => (rest[0] ? admin.setFaults(json(rest[0])) : admin.faults()),
    reset: () => admin.reset(),
  };
  if (!commands[command]) throw new Error(`unknown command ${command}\n${USAGE}`);
  const result = await commands[command]();
  console.log(result === undefined ? 'done' : JSON.stringify(result, null, 2));
}

main(process.argv.slice(2)).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
