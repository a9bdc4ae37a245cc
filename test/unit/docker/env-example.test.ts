import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingNames } from '../../../lib/config';
import { repoRoot } from '../../../lib/paths';
import { SERVICE_SETTINGS } from './service-settings';

/** `NAME=` or `# NAME=` at the start of a line; `<SYSTEM>_…` lines stand for every legacy system. */
const CALL_SETTING =
  /^(FORESTRY_HARVEST|FORESTRY_TRANSPORT|FORESTRY_LAND_USE|HEALTH_INSURANCE|PENSIONS|PARTY_BUILDING|PROVINCIAL_PLATFORM)_(TIMEOUT_MS|RETRY_ATTEMPTS|RETRY_BASE_DELAY_MS|BREAKER_FAILURE_THRESHOLD|BREAKER_RESET_MS|MAX_CONCURRENT|CACHE_TTL_MS|CACHE_MAX_ENTRIES)$/;

test('.env.example names every setting a service reads, and nothing else', () => {
  const text = readFileSync(join(repoRoot(), '.env.example'), 'utf8');
  const documented = new Set([...text.matchAll(/^(?:# )?([A-Z][A-Z0-9_]*)=/gm)].map(([, name]) => name));
  const read = new Set(Object.values(SERVICE_SETTINGS).flatMap((schema) => settingNames(schema).all));

  const undocumented = [...read].filter(
    (name) =>
      !documented.has(name) &&
      !(CALL_SETTING.test(name) && documented.has(name.replace(CALL_SETTING, 'FORESTRY_HARVEST_$2'))),
  );
  const unread = [...documented].filter((name) => !read.has(name));
  expect({ undocumented, unread }).toEqual({ undocumented: [], unread: [] });
});
