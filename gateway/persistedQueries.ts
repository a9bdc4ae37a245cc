import { NextFunction, Request, RequestHandler, Response } from 'express';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../lib/paths';

/**
 * Persisted queries against the operation manifest that `npm run codegen` writes from
 * `clients/operations/` (`clients/generated/persisted-documents.json`, `sha256:<hash>` → document).
 *
 * - `allow` (default outside production): a request may name a listed operation by hash instead
 *   of sending its text; any other request goes on as usual (Apollo's automatic persisted
 *   queries included).
 * - `enforce` (default when NODE_ENV=production): the manifest is a safelist. Only listed
 *   operations run, named by hash or sent as their exact listed text; anything else is refused
 *   with HTTP 400 and `PERSISTED_QUERY_NOT_IN_LIST` before it is parsed.
 *
 * A hash travels as `documentId` (`sha256:…` or bare, GraphQL over HTTP's persisted documents)
 * or as `extensions.persistedQuery.sha256Hash` (what Apollo Client's persisted-queries link sends).
 */
export type PersistedQueriesMode = 'allow' | 'enforce';

export interface PersistedQueriesOptions {
  mode: PersistedQueriesMode;
  /** sha256 hex → document. */
  manifest: ReadonlyMap<string, string>;
}

export const NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST';
export const DEFAULT_MANIFEST_PATH = join(repoRoot(), 'clients', 'generated', 'persisted-documents.json');

export function loadOperationManifest(path = DEFAULT_MANIFEST_PATH): Map<string, string> {
  const manifest: Record<string, string> = JSON.parse(readFileSync(path, 'utf8'));
  return new Map(Object.entries(manifest).map(([hash, document]) => [hash.replace(/^sha256:/, ''), document]));
}

/**
 * From validated settings (gateway/config.ts): PERSISTED_QUERIES (allow | enforce; enforce by
 * default with NODE_ENV=production) and PERSISTED_QUERIES_MANIFEST (a path).
 */
export function persistedQueriesFrom(settings: {
  NODE_ENV?: string;
  PERSISTED_QUERIES?: PersistedQueriesMode;
  PERSISTED_QUERIES_MANIFEST?: string;
}): PersistedQueriesOptions {
  return {
    mode: settings.PERSISTED_QUERIES ?? (settings.NODE_ENV === 'production' ? 'enforce' : 'allow'),
    manifest: loadOperationManifest(settings.PERSISTED_QUERIES_MANIFEST),
  };
}

interface GraphQLParameters {
  query?: unknown;
  documentId?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** GET carries the parameters in the query string, `extensions` as JSON. */
function parametersOf(req: Request): GraphQLParameters {
  if (req.method !== 'GET') return (req.body ?? {}) as GraphQLParameters;
  const { query, documentId, extensions } = req.query;
  let parsed: GraphQLParameters['extensions'];
  try {
    parsed = typeof extensions === 'string' ? JSON.parse(extensions) : undefined;
  } catch {
    parsed = undefined;
  }
  return { query, documentId, extensions: parsed };
}

/** Replaces the hash by the listed document, so Apollo runs it as if the client had sent the text. */
function substitute(req: Request, document: string): void {
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://gateway');
    url.searchParams.set('query', document);
    url.searchParams.delete('documentId');
    url.searchParams.delete('extensions');
    req.url = url.pathname + url.search;
    return;
  }
  const body = req.body as Record<string, unknown> & GraphQLParameters;
  body.query = document;
  delete body.documentId;
  if (body.extensions) delete body.extensions.persistedQuery;
}

function refuse(res: Response, message: string) {
  res.status(400).json({ errors: [{ message, extensions: { code: NOT_IN_LIST } }] });
}

/** Runs after the JSON body parser and before Apollo's middleware. */
export function persistedQueries({ mode, manifest }: PersistedQueriesOptions): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'POST') return next();
    const { query, documentId, extensions } = parametersOf(req);
    const named = typeof documentId === 'string' ? documentId : extensions?.persistedQuery?.sha256Hash;
    const hash = typeof named === 'string' ? named.replace(/^sha256:/, '') : undefined;
    if (hash !== undefined) {
      const document = manifest.get(hash);
      if (document !== undefined) {
        substitute(req, document);
        return next();
      }
      if (mode === 'enforce') return refuse(res, `operation ${hash} is not in the persisted-query manifest`);
      return next();
    }
    if (mode === 'enforce' && !(typeof query === 'string' && manifest.has(sha256(query))))
      return refuse(res, 'only operations of the persisted-query manifest run here: send a listed documentId');
    next();
  };
}
