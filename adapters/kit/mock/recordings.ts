import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXmlSafely } from '../xml';
import { ReceivedRequest } from './matching';
import { scrubPersonalData } from './scrub';

/**
 * One exchange with a real system, as a fixture file (`0001-CXXKZ.json`…): personal data
 * scrubbed, bodies as text in the charset their Content-Type declares.
 */
export interface RecordedExchange {
  operation: string;
  request: { method: string; path: string; headers: Record<string, string>; body: string };
  response: { status: number; headers: Record<string, string>; body: string };
}

const FILE = /^(\d{4,})-.*\.json$/;

/** Sorted keys, so two JSON bodies that differ only in key order are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * What a body means for matching: JSON with its keys sorted; XML without namespace prefixes,
 * attributes and the SOAP Header (where WS-Security puts a fresh nonce and timestamp each call);
 * any other text as is.
 */
function bodyMeaning(body: string): string {
  try {
    return canonicalJson(JSON.parse(body));
  } catch {
    // not JSON
  }
  if (!body.trimStart().startsWith('<')) return body;
  try {
    const document = parseXmlSafely(body, {
      maxBytes: 10 * 1024 * 1024,
      parser: { removeNSPrefix: true, ignoreAttributes: true },
    });
    delete document?.Envelope?.Header;
    return canonicalJson(document);
  } catch {
    return body;
  }
}

/** The key a recording is found by: method, scrubbed path, operation and what the scrubbed body means. */
export function requestSignature(request: Pick<ReceivedRequest, 'method' | 'path' | 'operation' | 'body'>): string {
  return [
    request.method,
    scrubPersonalData(request.path),
    request.operation,
    bodyMeaning(scrubPersonalData(request.body)),
  ].join('\n');
}

/** Every recording of a directory, in file-name order (the order they were recorded in). */
export function loadRecordings(dir: string): RecordedExchange[] {
  return readdirSync(dir)
    .filter((file) => FILE.test(file))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as RecordedExchange);
}

/** Writes exchanges as numbered files, after any already in the directory. */
export class RecordingWriter {
  private sequence: number;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    const numbers = readdirSync(dir).map((file) => Number(FILE.exec(file)?.[1] ?? 0));
    this.sequence = Math.max(0, ...numbers);
  }

  /** Scrubs and writes one exchange; returns the file written. */
  write(exchange: RecordedExchange): string {
    const scrubbed: RecordedExchange = {
      operation: exchange.operation,
      request: {
        ...exchange.request,
        path: scrubPersonalData(exchange.request.path),
        body: scrubPersonalData(exchange.request.body),
      },
      response: { ...exchange.response, body: scrubPersonalData(exchange.response.body) },
    };
    const name = `${String(++this.sequence).padStart(4, '0')}-${exchange.operation.replace(/[^\w.-]+/g, '_')}.json`;
    const path = join(this.dir, name);
    writeFileSync(path, `${JSON.stringify(scrubbed, null, 2)}\n`);
    return path;
  }
}
