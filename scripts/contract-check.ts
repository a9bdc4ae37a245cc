import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { XMLBuilder } from 'fast-xml-parser';
import { charsetOf, decodeLegacyText, encodeLegacyText } from '../adapters/kit';
import { maskIdNumbers } from '../lib/identity';
import { repoRoot } from '../lib/paths';
import { legacySystemUrlVariable } from '../lib/services';
import { readOpenApi, responseSchema, validateJson } from './contract-check/openapi';
import { compareWsdl, readWsdl, soapRequest } from './contract-check/wsdl';
import { parseXml, readXsd, validateElement } from './contract-check/xml-schema';

/**
 * One request the check sends (`contract/probes.json` of the adapter): a sample the real system
 * answers in the normal way, e.g. a query for a test person it holds. Header values may name
 * environment variables (`"authorization": "Basic ${PARTY_BUILDING_BASIC}"`) so no secret is written down.
 */
export interface Probe {
  /** The contract's name for it: the WSDL operation, the OpenAPI operationId, the XML root element. */
  operation: string;
  /** SOAP: the input element's children. */
  request?: Record<string, unknown>;
  /** REST and XML. */
  method?: string;
  path?: string;
  query?: Record<string, string>;
  /** REST: the JSON body; XML: the document as an element tree (`{ CXJL: { SFZH: [...] } }`). */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ProbeResult {
  operation: string;
  /** Where the answer differs from the contract; empty when it conforms. */
  differences: string[];
}

export interface ContractReport {
  system: string;
  url: string;
  /** The contract file, relative to the repository. */
  contract: string;
  /** SOAP: where the WSDL the endpoint publishes (`?wsdl`) differs from the contract. */
  published?: string[];
  probes: ProbeResult[];
  ok: boolean;
}

export interface ContractCheckOptions {
  system: string;
  /** The real endpoint (`<SYSTEM>_URL`). */
  url: string;
  /** Default `adapters/<system>/contract`. */
  contractDir?: string;
  /** Default: `probes.json` in the contract folder. */
  probes?: Probe[];
  env?: NodeJS.ProcessEnv;
}

const TIMEOUT_MS = 10_000;

function contractFile(dir: string): string {
  const files = readdirSync(dir);
  const found = files.find((file) => /\.wsdl$|^openapi\.ya?ml$|\.xsd$/.test(file));
  if (!found) throw new Error(`no WSDL, openapi.yaml or XSD in ${dir}`);
  return found;
}

function withEnvironment(headers: Record<string, string> = {}, env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name.toLowerCase(),
      value.replace(/\$\{(\w+)\}/g, (_, variable: string) => {
        if (env[variable] === undefined)
          throw new Error(`the probe's ${name} header needs ${variable}, which is not set`);
        return env[variable]!;
      }),
    ]),
  );
}

async function send(url: string, init: RequestInit): Promise<{ status: number; contentType?: string; body: Buffer }> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? undefined,
    body: Buffer.from(await response.arrayBuffer()),
  };
}

const text = (answer: { contentType?: string; body: Buffer }) =>
  decodeLegacyText(answer.body, charsetOf(answer.contentType));

/** The root element of a parsed document and its name, or a difference when there is not exactly one. */
function rootOf(document: any): { name: string; value: unknown } | undefined {
  const names = Object.keys(document ?? {}).filter((key) => !key.startsWith('?'));
  return names.length === 1 ? { name: names[0], value: document[names[0]] } : undefined;
}

async function checkSoap(wsdlText: string, options: ContractCheckOptions, probes: Probe[], env: NodeJS.ProcessEnv) {
  const contract = readWsdl(wsdlText);
  const base = new URL(options.url);
  const endpoint = base.pathname === '/' ? new URL(contract.addressPath, base).href : base.href;

  let published: string[];
  try {
    const answer = await send(`${endpoint}?wsdl`, {});
    published =
      answer.status === 200
        ? compareWsdl(contract, readWsdl(text(answer)))
        : [`the endpoint does not publish its WSDL (HTTP ${answer.status} at ?wsdl): not compared`];
  } catch (error) {
    published = [`its WSDL could not be read: ${(error as Error).message}`];
  }

  const results: ProbeResult[] = [];
  for (const probe of probes) {
    const facts = contract.operations.get(probe.operation);
    if (!facts) {
      results.push({
        operation: probe.operation,
        differences: [`${probe.operation}: not an operation of the contract`],
      });
      continue;
    }
    const { body, headers } = soapRequest(contract, probe.operation, probe.request ?? {});
    const answer = await send(endpoint, {
      method: 'POST',
      headers: { ...headers, ...withEnvironment(probe.headers, env) },
      body,
    });
    const envelope = parseXml(text(answer))?.Envelope;
    const content = rootOf(envelope?.Body);
    let differences: string[];
    if (!content) differences = [`HTTP ${answer.status}: not a SOAP envelope with one element in its Body`];
    else if (content.name === 'Fault') differences = [`answered a SOAP Fault: ${JSON.stringify(content.value)}`];
    else if (content.name !== facts.output)
      differences = [`/${content.name}: the contract answers ${probe.operation} with ${facts.output}`];
    else
      differences = validateElement(
        contract.schema,
        contract.schema.elements.get(facts.output)!,
        content.value,
        `/${content.name}`,
      );
    results.push({ operation: probe.operation, differences });
  }
  return { published, results };
}

async function checkRest(yamlText: string, options: ContractCheckOptions, probes: Probe[], env: NodeJS.ProcessEnv) {
  const contract = readOpenApi(yamlText);
  const results: ProbeResult[] = [];
  for (const probe of probes) {
    const method = (probe.method ?? 'GET').toUpperCase();
    const url = new URL(`${new URL(options.url).pathname.replace(/\/$/, '')}${probe.path ?? '/'}`, options.url);
    for (const [name, value] of Object.entries(probe.query ?? {})) url.searchParams.set(name, value);
    const answer = await send(url.href, {
      method,
      headers: {
        accept: 'application/json',
        ...(probe.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...withEnvironment(probe.headers, env),
      },
      body: probe.body === undefined ? undefined : JSON.stringify(probe.body),
    });
    const { schema, difference } = responseSchema(contract, method, probe.path ?? '/', answer.status);
    let differences: string[];
    if (difference) differences = [difference];
    else {
      try {
        differences = validateJson(contract, schema, JSON.parse(text(answer)));
      } catch (error) {
        differences = [`HTTP ${answer.status}: not JSON (${(error as Error).message})`];
      }
    }
    results.push({ operation: probe.operation, differences });
  }
  return { results };
}

async function checkXml(xsdText: string, options: ContractCheckOptions, probes: Probe[], env: NodeJS.ProcessEnv) {
  const schema = readXsd(xsdText);
  const results: ProbeResult[] = [];
  for (const probe of probes) {
    const headers = { 'content-type': 'text/xml; charset=utf-8', ...withEnvironment(probe.headers, env) };
    const charset = charsetOf(headers['content-type']);
    const document = `<?xml version="1.0" encoding="${charset.toUpperCase()}"?>${new XMLBuilder({ format: false }).build(probe.body ?? {})}`;
    const url = new URL(`${new URL(options.url).pathname.replace(/\/$/, '')}${probe.path ?? '/'}`, options.url);
    const answer = await send(url.href, {
      method: probe.method ?? 'POST',
      headers,
      body: encodeLegacyText(document, charset),
    });
    let differences: string[];
    try {
      const root = rootOf(parseXml(text(answer)));
      const decl = root && schema.elements.get(root.name);
      differences = !root
        ? [`HTTP ${answer.status}: not an XML document with one root element`]
        : !decl
          ? [`/${root.name}: not an element of the contract`]
          : validateElement(schema, decl, root.value, `/${root.name}`);
    } catch (error) {
      differences = [`HTTP ${answer.status}: not well-formed XML (${(error as Error).message})`];
    }
    results.push({ operation: probe.operation, differences });
  }
  return { results };
}

/**
 * Calls a system's endpoint with its probes and holds every answer to the adapter's contract:
 * SOAP answers to the WSDL's output elements (and the published WSDL to the contract's operations
 * and elements), JSON answers to the OpenAPI response schema of their path and status, XML answers
 * to the XSD's elements. Differences mask ID numbers.
 */
export async function checkContract(options: ContractCheckOptions): Promise<ContractReport> {
  const root = repoRoot();
  const dir = options.contractDir ?? join(root, 'adapters', options.system, 'contract');
  const file = contractFile(dir);
  const probesFile = join(dir, 'probes.json');
  const probes: Probe[] =
    options.probes ?? (existsSync(probesFile) ? JSON.parse(readFileSync(probesFile, 'utf8')).probes : []);
  const env = options.env ?? process.env;
  const contractText = readFileSync(join(dir, file), 'utf8');
  const checked = file.endsWith('.wsdl')
    ? await checkSoap(contractText, options, probes, env)
    : file.endsWith('.xsd')
      ? await checkXml(contractText, options, probes, env)
      : await checkRest(contractText, options, probes, env);
  const mask = (lines: string[]) => lines.map(maskIdNumbers);
  const published = 'published' in checked ? mask(checked.published as string[]) : undefined;
  const results = checked.results.map(({ operation, differences }) => ({ operation, differences: mask(differences) }));
  return {
    system: options.system,
    url: options.url,
    contract: join(dir, file).replace(`${root}/`, ''),
    ...(published ? { published } : {}),
    probes: results,
    ok: (published ?? []).length === 0 && results.every((result) => result.differences.length === 0),
  };
}

/** The report as the command prints it. */
export function formatReport(report: ContractReport): string {
  const lines = [`${report.system} at ${report.url}, against ${report.contract}:`];
  if (report.published)
    lines.push(
      report.published.length === 0
        ? '  ✓ the published WSDL has the contract’s operations and elements'
        : `  ✗ the published WSDL:\n${report.published.map((line) => `      ${line}`).join('\n')}`,
    );
  if (report.probes.length === 0) lines.push('  (no probes: add contract/probes.json to check answers)');
  for (const { operation, differences } of report.probes)
    lines.push(
      differences.length === 0
        ? `  ✓ ${operation}: the answer matches the contract`
        : `  ✗ ${operation}:\n${differences.map((line) => `      ${line}`).join('\n')}`,
    );
  lines.push(report.ok ? 'no differences' : 'the system differs from its contract');
  return lines.join('\n');
}

const USAGE =
  'usage: npm run contract:check -- <system> [--url <endpoint>] [--probes <file>]   (default: <SYSTEM>_URL, contract/probes.json)';

/**
 * `npm run contract:check -- <system> [--url <endpoint>] [--probes <file>]`: the URL defaults to
 * `<SYSTEM>_URL`, the probes to the adapter's `contract/probes.json` (a file outside the
 * repository can hold a test account's). Prints the report; returns the exit code (1: differences).
 */
export async function runContractCheck(
  argv: string[],
  env: NodeJS.ProcessEnv,
  print: (text: string) => void,
): Promise<number> {
  let system: string, url: string | undefined, probesFile: string | undefined;
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { url: { type: 'string' }, probes: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new Error(USAGE);
    [system] = positionals;
    url = values.url ?? env[legacySystemUrlVariable(system)];
    probesFile = values.probes;
  } catch {
    print(USAGE);
    return 2;
  }
  if (!url) {
    print(`set ${legacySystemUrlVariable(system)} to the real system's endpoint, or pass --url`);
    return 2;
  }
  try {
    const probes = probesFile ? (JSON.parse(readFileSync(probesFile, 'utf8')).probes as Probe[]) : undefined;
    const report = await checkContract({ system, url, probes, env });
    print(formatReport(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    print(`the contract check could not run: ${maskIdNumbers((error as Error).message)}`);
    return 2;
  }
}

if (require.main === module) {
  void runContractCheck(process.argv.slice(2), process.env, (text) => console.log(text)).then((code) => {
    process.exitCode = code;
  });
}
