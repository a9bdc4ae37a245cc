import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/core';
import { join } from 'node:path';
import { ormOptions } from '../lib/database';
import { dataDir } from '../lib/paths';
import { verifyChain } from '../subgraphs/audit/chain';
import { AUDIT_ENTITIES } from '../subgraphs/audit/entities';
import { AUDIT_MIGRATIONS } from '../subgraphs/audit/migrations';

/**
 * `npm run audit:verify`: walks the audit chain in the audit database (DATABASE_URL, default
 * data/audit.sqlite) and names the first broken entry. Exit 0 when intact, 1 when broken, 2 when
 * the database cannot be read. It never migrates or writes.
 */
async function main(): Promise<number> {
  const url = process.env.DATABASE_URL || join(dataDir(), 'audit.sqlite');
  const orm = await MikroORM.init(ormOptions({ url, entities: AUDIT_ENTITIES, migrations: AUDIT_MIGRATIONS }));
  try {
    const verdict = await verifyChain(orm.em.fork());
    if (verdict.firstBroken) {
      const { sequence, entryId, problem } = verdict.firstBroken;
      console.error(`audit chain BROKEN at entry ${sequence} (id ${entryId}): ${problem}`);
      console.error(
        `entries before it (${verdict.checked - 1}) are intact; head of the intact part ${verdict.headHash}`,
      );
      return 1;
    }
    console.log(`audit chain intact: ${verdict.checked} entries, head ${verdict.headHash}`);
    return 0;
  } finally {
    await orm.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`audit:verify could not read the audit database: ${error.message}`);
    process.exit(2);
  },
);
