import { Client } from 'pg';
import { RESIDENTS } from '../../adapters/kit/population';
import { DEPARTMENT_COUNTERS_BACKFILL } from '../../subgraphs/cases/migrations/Migration20261127000001_department_counters';
import { CASE_STATUS_COUNTS_BACKFILL } from '../../subgraphs/cases/migrations/Migration20261127000002_case_status_counts';

/** What a bulk case copies from its service item. */
export interface BulkItem {
  code: string;
  version: number;
  name: string;
  handlingMode: string;
  promisedTimeLimit: number;
  departmentCode: string;
}

/** First day of the generated cases; 2,000 cases a day, so 1M cases span 500 days of 2021–2022. */
export const BULK_FIRST_DAY = '2021-01-01';
const CASES_PER_DAY = 2000;

/**
 * `count` cases in one INSERT … SELECT over generate_series (no row crosses the wire), cycling
 * through the catalogue's items, the seeded residents and the workflow's statuses, with dates
 * consistent with each status; then one deciding department per case, the supervision counters and
 * the case counts `totalCount` reads (by the migrations' own back-fills), then VACUUM ANALYZE.
 * Case numbers follow the real format (532503 + day + 6-digit sequence) so cursors decode.
 */
export async function insertBulkCases(databaseUrl: string, count: number, items: BulkItem[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      `with items as (
         select row_number() over () - 1 as k, t.*
         from unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::int[], $6::text[])
           as t(code, version, name, mode, time_limit, department)
       ), residents as (
         select row_number() over () - 1 as k, r.*
         from unnest($7::text[], $8::text[]) as r(id_number, name)
       ), numbered as (
         select i, (i - 1) / ${CASES_PER_DAY} as day, (i - 1) % ${CASES_PER_DAY} + 1 as seq,
           (array['SUBMITTED','ACCEPTED','ACCEPTED','IN_REVIEW','APPROVED','APPROVED','DELIVERED',
                  'REJECTED','DENIED','DISPATCHED'])[i % 10 + 1] as status
         from generate_series(1, $9::int) as i
       ), dated as (
         select n.*, date '${BULK_FIRST_DAY}' + n.day as submitted_on,
           timestamptz '${BULK_FIRST_DAY} 09:00:00+08' + n.day * interval '1 day' + n.seq * interval '10 seconds'
             as submitted_at
         from numbered n
       )
       insert into cases (case_number, idempotency_key, payload_fingerprint, status, item_code, item_version,
         item_name, handling_mode, promised_time_limit, department_code, applicant_type, applicant_name,
         applicant_id_number, channel, submitted_at, accepted_at, decided_at, decided_on, due_date,
         due_date_provisional, reason, version)
       select
         '532503' || to_char(d.submitted_on, 'YYYYMMDD') || lpad(d.seq::text, 6, '0'),
         'bench-bulk-' || d.i, md5(d.i::text), d.status,
         it.code, it.version, it.name, it.mode, it.time_limit, it.department,
         'PERSON', p.name, p.id_number, 'ONLINE', d.submitted_at,
         case when d.status in ('SUBMITTED', 'REJECTED') then null else d.submitted_at + interval '1 hour' end,
         case when d.status in ('APPROVED', 'DELIVERED', 'DENIED') then d.submitted_at + (d.i % 20) * interval '1 day' end,
         case when d.status in ('APPROVED', 'DELIVERED', 'DENIED')
           then to_char(d.submitted_on + (d.i % 20), 'YYYY-MM-DD') end,
         case when d.status in ('SUBMITTED', 'REJECTED') then null
           else to_char(d.submitted_on + 14, 'YYYY-MM-DD') end,
         false,
         case when d.status in ('REJECTED', 'DENIED') then '材料不齐全' end,
         1
       from dated d
       join items it on it.k = d.i % $10
       join residents p on p.k = d.i % $11`,
      [
        items.map((item) => item.code),
        items.map((item) => item.version),
        items.map((item) => item.name),
        items.map((item) => item.handlingMode),
        items.map((item) => item.promisedTimeLimit),
        items.map((item) => item.departmentCode),
        RESIDENTS.map((resident) => resident.idNumber),
        RESIDENTS.map((resident) => resident.name),
        count,
        items.length,
        RESIDENTS.length,
      ],
    );
    await client.query(
      'insert into case_departments (case_number, department_code) select case_number, department_code from cases',
    );
    // the supervision counters and the case counts, as the migrations back-fill them from existing
    // cases (they ran on the empty database, so the tables are empty here)
    for (const statement of DEPARTMENT_COUNTERS_BACKFILL) await client.query(statement);
    await client.query(CASE_STATUS_COUNTS_BACKFILL);
    // a table that grew to this size over months has been vacuumed by autovacuum: its visibility
    // map allows index-only scans, as in production (a plain ANALYZE would leave it unset)
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}

/** The case number of the `i`-th generated case (1-based), as the INSERT above numbers it. */
export function bulkCaseNumber(i: number): string {
  const day = new Date(`${BULK_FIRST_DAY}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + Math.floor((i - 1) / CASES_PER_DAY));
  const yyyymmdd = day.toISOString().slice(0, 10).replace(/-/g, '');
  return `532503${yyyymmdd}${String(((i - 1) % CASES_PER_DAY) + 1).padStart(6, '0')}`;
}
