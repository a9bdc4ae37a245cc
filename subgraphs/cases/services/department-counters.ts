import { EntityManager } from '@mikro-orm/core';
import { Case, CaseDepartment } from '../entities';
import { CaseStatus } from '../workflow';
import { byKey } from './row-order';

/**
 * Where one case stands for one of its deciding departments, as supervision counts it. Its
 * decision day is the department's own final decision's, else the case's (decided at a window,
 * or closed by another department's denial). Days compare as yyyy-MM-dd text, as in SQL.
 */
export interface Standing {
  departmentCode: string;
  /** Decided on or before the due date. */
  onTime: boolean;
  /** Decided after the due date. */
  late: boolean;
  rejected: boolean;
  /** The due date of a case still open (undecided, not rejected) that has one; otherwise null. */
  openDueDate: string | null;
}

type CaseFacts = Pick<Case, 'status' | 'dueDate' | 'decidedOn'>;
type ReviewFacts = Pick<CaseDepartment, 'departmentCode' | 'decidedOn'>;

export function standingOf(kase: CaseFacts, review: ReviewFacts): Standing {
  const decidedOn = review.decidedOn ?? kase.decidedOn;
  const { dueDate } = kase;
  const rejected = kase.status === CaseStatus.REJECTED;
  return {
    departmentCode: review.departmentCode,
    onTime: decidedOn !== null && dueDate !== null && decidedOn <= dueDate,
    late: decidedOn !== null && dueDate !== null && decidedOn > dueDate,
    rejected,
    openDueDate: decidedOn === null && !rejected ? dueDate : null,
  };
}

/** The standings of a case at each of its deciding departments. */
export function standingsOf(kase: CaseFacts, reviews: readonly ReviewFacts[]): Standing[] {
  return reviews.map((review) => standingOf(kase, review));
}

interface CountChange {
  received: number;
  onTime: number;
  late: number;
  rejected: number;
}

const ADD_COUNTS = `insert into department_case_counts (department_code, received, on_time, late, rejected)
  values (?, ?, ?, ?, ?)
  on conflict (department_code) do update set
    received = department_case_counts.received + excluded.received,
    on_time = department_case_counts.on_time + excluded.on_time,
    late = department_case_counts.late + excluded.late,
    rejected = department_case_counts.rejected + excluded.rejected`;

const ADD_OPEN_DUE = `insert into department_open_due_counts (department_code, due_date, open_cases) values (?, ?, ?)
  on conflict (department_code, due_date) do update set
    open_cases = department_open_due_counts.open_cases + excluded.open_cases`;

/**
 * A due date none of the department's cases is open on any more goes, so the table holds the days
 * with open cases only. The row is locked by the update before it; a concurrent increment waits
 * for the commit and then inserts it afresh (PostgreSQL re-checks the conflict).
 */
const DROP_EMPTY_OPEN_DUE = `delete from department_open_due_counts
  where department_code = ? and due_date = ? and open_cases = 0`;

/**
 * Applies what a transition changed in a case's standings to the department counters, inside the
 * transition's transaction (`em` from `em.transactional`): `before` is empty for a new case. Each
 * change is one atomic upsert that adds to the row (never read-modify-write), so replicas on one
 * PostgreSQL add up exactly; the row stays locked until commit and a rollback takes it back.
 * Rows are taken in one order (counts, then open cases, each by key) so that two transactions
 * touching the same departments never wait on each other in a cycle.
 */
export async function recordStandingChanges(
  em: EntityManager,
  before: readonly Standing[],
  after: readonly Standing[],
): Promise<void> {
  const counts = new Map<string, CountChange>();
  const openDue = new Map<string, { departmentCode: string; dueDate: string; change: number }>();
  const tally = (standings: readonly Standing[], sign: 1 | -1) => {
    for (const standing of standings) {
      const { departmentCode, openDueDate } = standing;
      const count = counts.get(departmentCode) ?? { received: 0, onTime: 0, late: 0, rejected: 0 };
      count.received += sign;
      count.onTime += sign * Number(standing.onTime);
      count.late += sign * Number(standing.late);
      count.rejected += sign * Number(standing.rejected);
      counts.set(departmentCode, count);
      if (openDueDate === null) continue;
      const key = `${departmentCode} ${openDueDate}`;
      const open = openDue.get(key) ?? { departmentCode, dueDate: openDueDate, change: 0 };
      open.change += sign;
      openDue.set(key, open);
    }
  };
  tally(before, -1);
  tally(after, 1);

  const connection = em.getConnection();
  const context = em.getTransactionContext();
  for (const [departmentCode, change] of [...counts].sort(byKey)) {
    if (Object.values(change).every((value) => value === 0)) continue;
    const { received, onTime, late, rejected } = change;
    await connection.execute(ADD_COUNTS, [departmentCode, received, onTime, late, rejected], 'run', context);
  }
  for (const [, { departmentCode, dueDate, change }] of [...openDue].sort(byKey)) {
    if (change === 0) continue;
    await connection.execute(ADD_OPEN_DUE, [departmentCode, dueDate, change], 'run', context);
    if (change < 0) await connection.execute(DROP_EMPTY_OPEN_DUE, [departmentCode, dueDate], 'run', context);
  }
}
