import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, whether running from sources (ts-jest) or from `dist/`. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

export const schemaDir = () => join(repoRoot(), 'schema');
export const dataDir = () => join(repoRoot(), 'data');
