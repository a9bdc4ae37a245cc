import { Envelope, envelope } from './platform';

interface EventRecord {
  SBLSH: string;
  EVENT_NO: number;
  [field: string]: unknown;
}

/**
 * The case events the platform has recorded, per case in sequence. A request is taken whole or
 * not at all: an event that skips ahead of its case's next number refuses the request (3001).
 */
export class CaseEventStore {
  private readonly byCase = new Map<string, EventRecord[]>();

  report(events: unknown): Envelope {
    if (!Array.isArray(events) || events.length === 0 || events.length > 100) {
      return envelope('1001', '参数错误：EVENTS须为1至100条');
    }
    if (!events.every((event) => typeof event?.SBLSH === 'string' && Number.isInteger(event?.EVENT_NO))) {
      return envelope('1001', '参数错误：每条须有SBLSH和EVENT_NO');
    }
    const next = new Map<string, number>();
    for (const event of events as EventRecord[]) {
      const expected = next.get(event.SBLSH) ?? (this.byCase.get(event.SBLSH)?.length ?? 0) + 1;
      if (event.EVENT_NO > expected) {
        return envelope('3001', `办件过程顺序错误：${event.SBLSH}应先上报第${expected}条`);
      }
      next.set(event.SBLSH, Math.max(expected, event.EVENT_NO + 1));
    }
    const RESULTS = (events as EventRecord[]).map((event) => {
      const recorded = this.byCase.get(event.SBLSH) ?? [];
      if (event.EVENT_NO <= recorded.length) return { SBLSH: event.SBLSH, EVENT_NO: event.EVENT_NO, RESULT: '0' };
      this.byCase.set(event.SBLSH, [...recorded, event]);
      return { SBLSH: event.SBLSH, EVENT_NO: event.EVENT_NO, RESULT: '1' };
    });
    return envelope('0000', '成功', { RESULTS });
  }

  /** Every recorded event, case by case, in sequence: what a test counts. */
  all(): EventRecord[] {
    return [...this.byCase.values()].flat();
  }

  /** Whether the case's delivery (BJZT 09 送达) is recorded: only then may it be evaluated. */
  delivered(caseNumber: string): boolean {
    return (this.byCase.get(caseNumber) ?? []).some((event) => event.BJZT === '09');
  }

  /** The platform loses its case records (restored from an old backup): the next report finds a gap. */
  clear(): void {
    this.byCase.clear();
  }
}

interface EvaluationRecord {
  SBLSH: string;
  PJDJ: string;
  [field: string]: unknown;
}

/**
 * 好差评 evaluations, one per case, taken only for a case whose delivery is recorded (3001
 * otherwise, the whole request refused); a second one for the same case answers DUPLICATE.
 */
export class EvaluationStore {
  private readonly byCase = new Map<string, EvaluationRecord>();

  constructor(private readonly events: CaseEventStore) {}

  report(evaluations: unknown): Envelope {
    if (!Array.isArray(evaluations) || evaluations.length === 0 || evaluations.length > 100) {
      return envelope('1001', '参数错误：EVALUATIONS须为1至100条');
    }
    if (!evaluations.every((each) => typeof each?.SBLSH === 'string' && /^[1-5]$/.test(String(each?.PJDJ)))) {
      return envelope('1001', '参数错误：每条须有SBLSH和PJDJ(1至5)');
    }
    const undelivered = (evaluations as EvaluationRecord[]).find((each) => !this.events.delivered(each.SBLSH));
    if (undelivered) return envelope('3001', `办件过程顺序错误：${undelivered.SBLSH}须先上报送达`);
    const RESULTS = (evaluations as EvaluationRecord[]).map((each) => {
      if (this.byCase.has(each.SBLSH)) return { SBLSH: each.SBLSH, RESULT: '0' };
      this.byCase.set(each.SBLSH, each);
      return { SBLSH: each.SBLSH, RESULT: '1' };
    });
    return envelope('0000', '成功', { RESULTS });
  }

  all(): EvaluationRecord[] {
    return [...this.byCase.values()];
  }
}

/** Applications submitted on the provincial portal, each delivery with its own sequence. */
export class ApplicationInbox {
  private readonly deliveries: Record<string, unknown>[] = [];

  /** The portal side: a resident submits (deliveries > 1 simulates the platform redelivering it). */
  submit(application: Record<string, unknown>, deliveries = 1): void {
    for (let i = 0; i < deliveries; i++) this.deliveries.push({ ...application, SEQ: this.deliveries.length + 1 });
  }

  list({ AFTER_SEQ, PAGE_SIZE }: Record<string, unknown>): Envelope {
    const after = Number(AFTER_SEQ ?? 0);
    const size = Number(PAGE_SIZE);
    if (!Number.isInteger(after) || after < 0 || !Number.isInteger(size) || size < 1 || size > 100) {
      return envelope('1001', '参数错误：AFTER_SEQ≥0，PAGE_SIZE为1至100');
    }
    const LIST = this.deliveries.filter((delivery) => Number(delivery.SEQ) > after).slice(0, size);
    return envelope('0000', '成功', { LIST });
  }
}
