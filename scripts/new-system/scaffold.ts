import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMED_RESIDENTS } from '../../adapters/kit/population';
import { KINDS, SystemKind } from './kinds';
import { SystemNames, systemNames } from './names';
import { render, renderTemplates, TEMPLATES_DIR } from './templates';
import { highestPort, planWiring } from './wiring';

export interface ScaffoldOptions {
  /** The repository to add the system to. */
  root: string;
  /** Kebab-case id: the system's, its subgraph's and its folders' name. */
  name: string;
  kind: SystemKind;
  /** How the generated docs and descriptions name the system, e.g. 婚姻登记系统. */
  title?: string;
  /** The catalogue code of the department that keeps the system (its officers read the records). */
  department?: string;
}

export interface ScaffoldResult {
  names: SystemNames;
  subgraphPort: number;
  doublePort: number;
  /** Files written, relative to the root. */
  created: string[];
  /** Files the system was listed in. */
  edited: string[];
}

/** Names the hub already uses for a subgraph, a system or a shared folder. */
function takenNames(root: string): Set<string> {
  const listed = ['lib/services.ts', 'adapters/kit/systems.ts'].flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/'([a-z][a-z0-9-]*)'/g)].map(([, name]) => name),
  );
  return new Set(['kit', 'gateway', 'lib', 'support', ...listed]);
}

/**
 * Adds a department system to the hub at `root`: its adapter (client, contract, double), its
 * subgraph contributing `Person.<name>`, their tests, and its entries in start-up, composition,
 * configuration and deployment. Writes nothing when the name is taken or a file it lists the
 * system in has changed shape. Regenerating schema/ is the caller's next step (it needs a build).
 */
export function scaffoldSystem({ root, name, kind, title, department }: ScaffoldOptions): ScaffoldResult {
  const names = systemNames(name);
  if (takenNames(root).has(name) || ['adapters', 'subgraphs'].some((dir) => existsSync(join(root, dir, name)))) {
    throw new Error(`${name} is already a subgraph, a system or a folder of the hub`);
  }
  const subgraphPort = highestPort(readFileSync(join(root, 'lib/services.ts'), 'utf8')) + 1;
  const doublePort = highestPort(readFileSync(join(root, 'adapters/kit/mock/registry.ts'), 'utf8')) + 1;
  const wiring = planWiring(root, { ...names, subgraphPort, doublePort });

  const kindFacts = KINDS[kind];
  const values: Record<string, string> = {
    ...names,
    kind,
    title: title ?? `the ${name} system`,
    // a placeholder until the department gives its catalogue code (e.g. 532503-MZJ)
    department: department ?? `532503-${names.SYSTEM}`,
    dialect: kindFacts.dialect,
    contractFile: render(kindFacts.contractFile, names as unknown as Record<string, string>, 'kinds.ts'),
    operation: kindFacts.operation,
    subgraphPort: String(subgraphPort),
    doublePort: String(doublePort),
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    // a resident every double knows: the contract check's sample request until the department picks its own
    probeId: NAMED_RESIDENTS.forestFarmer.idNumber,
  };
  const templates = join(root, TEMPLATES_DIR);
  const created = renderTemplates([join(templates, 'common'), join(templates, kind)], root, values);
  wiring.apply();
  return { names, subgraphPort, doublePort, created, edited: wiring.files };
}
