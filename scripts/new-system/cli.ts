import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../lib/paths';
import { isSystemKind, KINDS } from './kinds';
import { scaffoldSystem } from './scaffold';

const USAGE = `usage: npm run new:system -- <name> --kind ${Object.keys(KINDS).join('|')} [--title <name in Chinese>] [--department <catalogue code>]`;

/** Runs a command in the repository, output shown; throws when it fails. */
function run(command: string, args: string[], root: string): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/**
 * `npm run new:system -- <name> --kind soap|rest|xml`: scaffolds a department system (see
 * scaffold.ts), formats what it wrote, and regenerates schema/ so the gateway serves the new field.
 */
function main(argv: string[]): void {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { kind: { type: 'string' }, title: { type: 'string' }, department: { type: 'string' } },
  });
  const [name] = positionals;
  if (positionals.length !== 1 || !values.kind || !isSystemKind(values.kind)) throw new Error(USAGE);

  const root = repoRoot();
  const result = scaffoldSystem({ root, name, kind: values.kind, title: values.title, department: values.department });
  console.log(`created:\n${result.created.map((file) => `  ${file}`).join('\n')}`);
  console.log(`listed ${name} in:\n${result.edited.map((file) => `  ${file}`).join('\n')}`);
  run(
    process.execPath,
    [
      require.resolve('prettier/bin/prettier.cjs'),
      '--log-level',
      'warn',
      '--write',
      ...result.created,
      ...result.edited.filter((file) => file.endsWith('.ts')),
    ],
    root,
  );
  run('npm', ['run', '--silent', 'schema:compose'], root);

  const { names, subgraphPort, doublePort } = result;
  console.log(`
${name} answers Person.${names.systemCamel} through the gateway. Next:
  npx jest test/integration/adapters/${name} test/integration/subgraphs/${name}
  npm start                      (its double on ${doublePort}, its subgraph on ${subgraphPort})
  npm run contract:check -- ${name}   (with ${names.SYSTEM}_URL set to the real system)
Then replace the generated parts with the real system's: docs/adding-a-department-system.md`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
