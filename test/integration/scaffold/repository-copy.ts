import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A throwaway copy of the repository: its files as they are now, node_modules shared by a symlink. */
export interface RepositoryCopy {
  dir: string;
  /** Runs a command in the copy; its exit status and output. */
  run(command: string, args: string[]): { status: number | null; output: string };
  remove(): void;
}

/** The files git tracks or would track (new, not ignored), as they are in the working tree. */
function repositoryFiles(root: string): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
}

export function copyRepository(root: string): RepositoryCopy {
  const dir = mkdtempSync(join(tmpdir(), 'hub-copy-'));
  for (const file of repositoryFiles(root)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    run(command, args) {
      const result = spawnSync(command, args, {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0' },
      });
      return { status: result.status, output: `${result.stdout}${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
