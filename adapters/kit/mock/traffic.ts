import { Express, NextFunction, Request, RequestHandler, Response } from 'express';
import { charsetOf, decodeLegacyText, encodeLegacyText } from '../charset';
import { JournalEntry } from './journal';
import { loadRecordings, RecordedExchange, RecordingWriter, requestSignature } from './recordings';
import { restoreIdNumbers } from './scrub';

/**
 * Record and playback. `{ proxy, record }`: the double forwards every protocol request to a real
 * system and records each exchange, scrubbed, under `record`. `{ playback }`: it answers from
 * those recordings instead of its seeded behaviour. Either way the journal, faults and stubs
 * still apply in front.
 */
export type TrafficMode = { proxy: string; record: string } | { playback: string };

/** Answers a protocol request itself, or leaves it to the double's seeded routes. */
type TrafficHandler = (req: Request, res: Response, received: JournalEntry) => Promise<void>;

const SETTING = 'mock traffic';
/** Headers that belong to one connection, not to the exchange. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host', 'content-length']);
const PROXY_TIMEOUT_MS = 30_000;

/** Switches a double's app to proxy-and-record or playback (`startDouble` does it from its options). */
export function setTrafficMode(app: Express, mode: TrafficMode): void {
  app.set(SETTING, 'playback' in mode ? playback(mode.playback) : proxyAndRecord(mode.proxy, mode.record));
}

/** The harness's step after the stubs: hands the request to the traffic mode, if the app has one. */
export function trafficStep(): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const handler: TrafficHandler | undefined = req.app.get(SETTING);
    if (!handler) return next();
    handler(req, res, res.locals.received).catch(next);
  };
}

const headersOf = (response: globalThis.Response) =>
  Object.fromEntries(
    [...response.headers].filter(([name]) => !HOP_BY_HOP.has(name) && name !== 'content-encoding' && name !== 'date'),
  );

function proxyAndRecord(target: string, dir: string): TrafficHandler {
  const base = target.replace(/\/+$/, '');
  const writer = new RecordingWriter(dir);
  return async (req, res, received) => {
    const headers = Object.entries(req.headers).flatMap(([name, value]) =>
      HOP_BY_HOP.has(name) || value === undefined ? [] : [[name, [value].flat().join(', ')] as [string, string]],
    );
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    let answer: globalThis.Response;
    try {
      answer = await fetch(base + req.originalUrl, {
        method: req.method,
        // the recording keeps text, so ask for the body uncompressed
        headers: [...headers.filter(([name]) => name !== 'accept-encoding'), ['accept-encoding', 'identity']],
        body: hasBody ? (req.body as Buffer) : undefined,
        signal: AbortSignal.timeout(PROXY_TIMEOUT_MS),
      });
    } catch (error) {
      res
        .status(502)
        .type('text/plain')
        .send(`proxy: ${target} did not answer (${(error as Error).message})`);
      return;
    }
    const bytes = Buffer.from(await answer.arrayBuffer());
    const responseHeaders = headersOf(answer);
    writer.write({
      operation: received.operation,
      request: {
        method: req.method,
        path: req.originalUrl,
        headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
        body: received.body,
      },
      response: {
        status: answer.status,
        headers: responseHeaders['content-type'] ? { 'content-type': responseHeaders['content-type'] } : {},
        body: decodeLegacyText(bytes, charsetOf(responseHeaders['content-type'])),
      },
    });
    res.status(answer.status).set(responseHeaders).send(bytes);
  };
}

/**
 * Answers from recordings: the first whose signature (method, path, operation, body, all
 * scrubbed) matches the live request's; when several match, the 1st call gets the 1st, the
 * 2nd the 2nd, and later calls the last. The ID numbers the live request carries are put back.
 */
function playback(dir: string): TrafficHandler {
  const bySignature = new Map<string, RecordedExchange[]>();
  for (const exchange of loadRecordings(dir)) {
    const signature = requestSignature({ ...exchange.request, operation: exchange.operation });
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), exchange]);
  }
  const served = new Map<string, number>();
  return async (_req, res, received) => {
    const signature = requestSignature(received);
    const candidates = bySignature.get(signature);
    if (!candidates) {
      res.status(404).json({
        error: 'NO_RECORDING',
        message: `no recording in ${dir} matches this request`,
        operation: received.operation,
      });
      return;
    }
    const index = served.get(signature) ?? 0;
    served.set(signature, index + 1);
    const { response } = candidates[Math.min(index, candidates.length - 1)];
    const body = restoreIdNumbers(response.body, `${received.path}\n${received.body}`);
    res
      .status(response.status)
      .set(response.headers)
      .send(encodeLegacyText(body, charsetOf(response.headers['content-type'])));
  };
}
