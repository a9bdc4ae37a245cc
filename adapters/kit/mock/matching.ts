import { z } from 'zod';
import { parseXmlSafely } from '../xml';
import { JournalEntry } from './journal';

/**
 * A condition on one text value, as WireMock writes it: every condition given must hold.
 * `{ equalTo: 'X' }`, `{ contains: 'X' }`, `{ matches: '^X\\d+$' }` (a regular expression over the
 * whole value), `{ absent: true }` (for headers and query parameters: not sent at all).
 */
export const ValueMatcherSchema = z
  .object({
    equalTo: z.string().optional(),
    caseInsensitive: z.boolean().optional(),
    contains: z.string().optional(),
    matches: z.string().optional(),
    absent: z.boolean().optional(),
  })
  .strict();
export type ValueMatcher = z.infer<typeof ValueMatcherSchema>;

/** A path into the body with an optional condition on what it selects, e.g. `{ expression: '$.idCards', equalTo: 'X' }`. */
const PathMatcherSchema = z.union([z.string(), ValueMatcherSchema.extend({ expression: z.string() }).strict()]);

/**
 * One condition on the body: on the whole text (`equalTo`, `contains`, `matches`), on a JSON
 * field (`matchesJsonPath`) or on an XML element's text (`matchesXPath`).
 */
export const BodyPatternSchema = z.union([
  z.object({ matchesJsonPath: PathMatcherSchema }).strict(),
  z.object({ matchesXPath: PathMatcherSchema }).strict(),
  ValueMatcherSchema,
]);
export type BodyPattern = z.infer<typeof BodyPatternSchema>;

/**
 * Which requests a stub answers, or a verification counts. Every condition given must hold.
 * `operation` is the protocol operation the double names in its journal (the SOAP operation,
 * `queryTransportPermits`, `LDSHCX`…), so one matcher serves every dialect.
 */
export const RequestMatcherSchema = z
  .object({
    method: z.string().optional(),
    /** Path and query string, exactly. */
    url: z.string().optional(),
    /** Path without the query string, exactly. */
    urlPath: z.string().optional(),
    /** Regular expression over the path without the query string. */
    urlPathPattern: z.string().optional(),
    operation: z.string().optional(),
    headers: z.record(z.string(), ValueMatcherSchema).optional(),
    queryParameters: z.record(z.string(), ValueMatcherSchema).optional(),
    bodyPatterns: z.array(BodyPatternSchema).optional(),
  })
  .strict();
export type RequestMatcher = z.infer<typeof RequestMatcherSchema>;

/** The request as the journal holds it: what every matcher reads. */
export type ReceivedRequest = Pick<JournalEntry, 'method' | 'path' | 'headers' | 'body' | 'operation'>;

export function valueMatches(matcher: ValueMatcher, value: string | undefined): boolean {
  if (matcher.absent !== undefined && matcher.absent !== (value === undefined)) return false;
  if (value === undefined) return matcher.absent === true;
  const fold = (text: string) => (matcher.caseInsensitive ? text.toLowerCase() : text);
  if (matcher.equalTo !== undefined && fold(value) !== fold(matcher.equalTo)) return false;
  if (matcher.contains !== undefined && !fold(value).includes(fold(matcher.contains))) return false;
  if (matcher.matches !== undefined && !new RegExp(`^(?:${matcher.matches})$`, 's').test(value)) return false;
  return true;
}

/**
 * The values `$.a.b[0]`, `$.list[*].id` select. An array selected counts element by element, so
 * `{ expression: '$.idCards', equalTo: X }` holds when any ID asked for is X.
 */
export function jsonPathValues(document: unknown, expression: string): unknown[] {
  const steps = expression.replace(/^\$/, '').match(/\.[^.[\]]+|\[\d+\]|\[\*\]/g) ?? [];
  if (steps.join('') !== expression.replace(/^\$/, '')) throw new Error(`unsupported JSON path ${expression}`);
  let nodes: unknown[] = [document];
  for (const step of steps) {
    nodes = nodes.flatMap((node): unknown[] => {
      if (step === '[*]') return Array.isArray(node) ? node : [];
      if (step.startsWith('[')) return Array.isArray(node) ? [node[Number(step.slice(1, -1))]] : [];
      return node && typeof node === 'object' && !Array.isArray(node)
        ? [(node as Record<string, unknown>)[step.slice(1)]]
        : [];
    });
  }
  return nodes.filter((node) => node !== undefined).flatMap((node) => (Array.isArray(node) ? node : [node]));
}

type XmlNode = Record<string, unknown[]>;

/**
 * The text of the elements `//SFZH`, `//Body/CXXKZ/XKZH` or `/Envelope/Body/X` select: element
 * names without their namespace prefix, `//` any depth, `/` a child.
 */
export function xPathValues(xml: string, expression: string): string[] {
  const steps = [...expression.matchAll(/(\/\/?)([^/]+)/g)].map(([, axis, name]) => ({
    descendant: axis === '//',
    name,
  }));
  const rebuilt = steps.map((s) => `${s.descendant ? '//' : '/'}${s.name}`).join('');
  if (rebuilt !== expression || steps.some((s) => !/^[\w.-]+$/.test(s.name)))
    throw new Error(`unsupported XPath ${expression}`);
  const root: XmlNode = parseXmlSafely(xml, {
    maxBytes: 10 * 1024 * 1024,
    parser: { removeNSPrefix: true, ignoreAttributes: true, isArray: () => true },
  });
  const children = (node: unknown): [string, unknown][] =>
    node && typeof node === 'object'
      ? Object.entries(node as XmlNode).flatMap(([name, list]) =>
          name === '#text' ? [] : list.map((child) => [name, child] as [string, unknown]),
        )
      : [];
  const descendants = (node: unknown): [string, unknown][] =>
    children(node).flatMap((entry) => [entry, ...descendants(entry[1])]);
  let nodes: unknown[] = [root];
  for (const { descendant, name } of steps) {
    nodes = nodes.flatMap((node) =>
      (descendant ? descendants(node) : children(node)).filter(([n]) => n === name).map(([, child]) => child),
    );
  }
  // a leaf is its text; an element with children keeps its own text (if any) under #text
  return nodes.map((node) => (typeof node === 'string' ? node : String([(node as XmlNode)['#text'] ?? ''].flat()[0])));
}

function selected(values: unknown[], matcher: string | (ValueMatcher & { expression: string })): boolean {
  if (typeof matcher === 'string') return values.length > 0;
  const texts = values.map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  return texts.some((text) => valueMatches(matcher, text));
}

function bodyMatches(pattern: BodyPattern, body: string): boolean {
  try {
    if ('matchesJsonPath' in pattern) {
      const { matchesJsonPath: path } = pattern;
      return selected(jsonPathValues(JSON.parse(body), typeof path === 'string' ? path : path.expression), path);
    }
    if ('matchesXPath' in pattern) {
      const { matchesXPath: path } = pattern;
      return selected(xPathValues(body, typeof path === 'string' ? path : path.expression), path);
    }
  } catch (error) {
    // a body in another dialect (or none) is simply not matched; a bad expression is the tester's
    if ((error as Error).message.startsWith('unsupported')) throw error;
    return false;
  }
  return valueMatches(pattern, body);
}

const headerValue = (headers: ReceivedRequest['headers'], name: string) => {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
};

/** Whether `request` meets every condition of `matcher`. */
export function requestMatches(matcher: RequestMatcher, request: ReceivedRequest): boolean {
  const url = new URL(request.path, 'http://double');
  if (matcher.method && matcher.method !== 'ANY' && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.url !== undefined && matcher.url !== request.path) return false;
  if (matcher.urlPath !== undefined && matcher.urlPath !== url.pathname) return false;
  if (matcher.urlPathPattern !== undefined && !new RegExp(`^(?:${matcher.urlPathPattern})$`).test(url.pathname))
    return false;
  if (matcher.operation !== undefined && matcher.operation !== request.operation) return false;
  for (const [name, condition] of Object.entries(matcher.headers ?? {}))
    if (!valueMatches(condition, headerValue(request.headers, name))) return false;
  for (const [name, condition] of Object.entries(matcher.queryParameters ?? {}))
    if (!valueMatches(condition, url.searchParams.get(name) ?? undefined)) return false;
  return (matcher.bodyPatterns ?? []).every((pattern) => bodyMatches(pattern, request.body));
}
