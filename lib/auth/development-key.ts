import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../paths';

/** Where the development token key lives: under data/, which git ignores. */
export const developmentKeyPath = (dir = dataDir()) => join(dir, 'dev-jwt-secret');

/**
 * The HS256 key development tokens are signed with (`npm start` gives it to the gateway as
 * AUTH_JWT_SECRET, `npm run token` signs with it): made once per data dir, readable by its owner
 * only, so tokens minted yesterday still work today and no two checkouts share one.
 */
export function developmentTokenKey(dir = dataDir()): string {
  const path = developmentKeyPath(dir);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  mkdirSync(dir, { recursive: true });
  const key = randomBytes(32).toString('base64url');
  writeFileSync(path, `${key}\n`, { mode: 0o600 });
  return key;
}
