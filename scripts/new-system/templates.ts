import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Where the templates are: beside this file's source (also when it runs from dist/). */
export const TEMPLATES_DIR = join('scripts', 'new-system', 'templates');

const TEMPLATE_SUFFIX = '.tmpl';

/** `{{key}}` → its value; an unknown key is a template bug, so it throws naming it. */
export function render(text: string, values: Record<string, string>, where: string): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`${where}: no value for {{${key}}}`);
    return values[key];
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes every `*.tmpl` under each of `templateDirs` into `root` at the same relative path, with
 * `__system__` in paths and `{{key}}`s in contents replaced, and `.tmpl` dropped. Refuses to
 * overwrite anything: returns the paths written, relative to `root`.
 */
export function renderTemplates(templateDirs: string[], root: string, values: Record<string, string>): string[] {
  const planned = templateDirs.flatMap((templateDir) =>
    filesUnder(templateDir)
      .filter((file) => file.endsWith(TEMPLATE_SUFFIX))
      .map((file) => ({
        file: relative(templateDir, file),
        templateDir,
        target: relative(templateDir, file)
          .slice(0, -TEMPLATE_SUFFIX.length)
          .replace(/__system__/g, values.system),
      })),
  );
  const existing = planned.filter(({ target }) => existsSync(join(root, target)));
  if (existing.length) {
    throw new Error(`would overwrite ${existing.map(({ target }) => target).join(', ')}: nothing written`);
  }
  for (const { file, templateDir, target } of planned) {
    mkdirSync(dirname(join(root, target)), { recursive: true });
    writeFileSync(join(root, target), render(readFileSync(join(templateDir, file), 'utf8'), values, file));
  }
  return planned.map(({ target }) => target);
}
