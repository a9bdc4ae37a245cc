import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../lib/paths';
import { generateSchemaFiles } from './schema-files';

/** `npm run schema:compose`: regenerates schema/ from the subgraphs' code. */
generateSchemaFiles().then(
  (files) => {
    for (const [name, contents] of Object.entries(files)) {
      writeFileSync(join(schemaDir(), name), contents);
      console.log(`wrote schema/${name}`);
    }
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
