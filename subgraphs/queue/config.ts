import { join } from 'node:path';
import { z } from 'zod';
import { credential, secret, serviceSettings } from '../../lib/config';
import { dataDir } from '../../lib/paths';
import { defaultSubgraphUrl, findSubgraph } from '../../lib/services';
import { DEVELOPMENT_TERMINALS } from './terminal/terminal-credentials';

/** Everything the queue subgraph reads from the environment. */
export const queueSettings = z.object({
  ...serviceSettings(findSubgraph('queue').defaultPort),
  /** `postgres://…` in production (it may hold a password); a SQLite file under data/ by default. */
  DATABASE_URL: secret(z.string().min(1).default(join(dataDir(), 'queue.sqlite'))),
  /** The catalogue subgraph, for the hall's zones and windows. */
  CATALOGUE_URL: z.url().default(defaultSubgraphUrl(findSubgraph('catalogue'))),
  /** JSON [{ "id", "name", "zoneCode", "key" }]; the default is the development hall's devices. */
  QUEUE_TERMINALS: credential(JSON.stringify(DEVELOPMENT_TERMINALS), { secret: true }),
});
