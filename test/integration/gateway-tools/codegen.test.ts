import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../lib/paths';

/**
 * What `npm run codegen` would write now, formatted by prettier as its hook formats the files,
 * without writing anything. In a child process: the codegen CLI and prettier are ES modules,
 * which jest's module system does not load.
 */
function generatedNow(): { filename: string; content: string }[] {
  const script = `
    const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');
    const prettier = require('prettier');
    const { resolve } = require('node:path');
    (async () => {
      const { config } = await loadCodegenConfig({ configFilePath: 'clients/codegen.ts' });
      const outputs = await generate({ ...config, silent: true }, false);
      const formatted = await Promise.all(outputs.map(async ({ filename, content }) => {
        const filepath = resolve(filename);
        return { filename, content: await prettier.format(content, { ...(await prettier.resolveConfig(filepath)), filepath }) };
      }));
      process.stdout.write(JSON.stringify(formatted));
    })();`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: repoRoot(), encoding: 'utf8' }));
}

describe('typed operations for front-end teams', () => {
  it('are generated from clients/operations and schema/api.graphql as checked in (run `npm run codegen` when this fails)', () => {
    const outputs = generatedNow();
    expect(outputs.map(({ filename }) => filename).sort()).toEqual([
      'clients/generated/gql.ts',
      'clients/generated/graphql.ts',
      'clients/generated/index.ts',
      'clients/generated/persisted-documents.json',
    ]);
    for (const { filename, content } of outputs)
      expect({ filename, content: readFileSync(join(repoRoot(), filename), 'utf8') }).toEqual({ filename, content });
  }, 60_000);
});
