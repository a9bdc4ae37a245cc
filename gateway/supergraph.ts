import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir } from '../lib/paths';

/** The checked-in supergraph: production never introspects live subgraphs. */
export function loadSupergraphSdl(path = join(schemaDir(), 'supergraph.graphql')): string {
  return readFileSync(path, 'utf8');
}
