import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { isPostgresUrl } from '../../lib/database';

/**
 * A throwaway database for one test suite: a fresh PostgreSQL database on the server named by
 * DATABASE_URL when it is set (as in CI), otherwise an in-memory SQLite database.
 * `drop()` removes the PostgreSQL database; call it after closing the ORM.
 */
export async function createTestDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL;
  if (!server || !isPostgresUrl(server)) return { url: ':memory:', drop: async () => undefined };

  const name = `hub_test_${label.replace(/\W/g, '_')}_${process.pid}_${randomBytes(3).toString('hex')}`.toLowerCase();
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
