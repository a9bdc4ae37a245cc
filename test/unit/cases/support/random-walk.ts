import fc from 'fast-check';
import { createLogger } from '../../../../lib/logger';
import { Dispatcher } from '../../../../subgraphs/cases/dispatch/dispatcher';
import { DISABILITY_CARD, ENTERPRISE_CODE, INVESTMENT } from './catalogue-fixtures';
import { FakeDepartments } from './fake-departments';
import { CasesHarness } from './harness';
import { ACCEPT, CASE, DECIDE, harvestApplication, REJECT, REQUEST_SUPPLEMENT, SUBMIT, SUPPLY } from './operations';

/**
 * Random walks through the workflow, for the tests of what the transitions maintain (the
 * supervision counters, the case counts): whatever a walk does, what is maintained must equal what
 * counting every row says.
 */

export const atInvestWindow = { clerk: '王窗口', windowCode: 'CW-INVEST' };
const atDisabilityWindow = { clerk: '残窗口', windowCode: 'DW-CL' };
export const DAY_MS = 24 * 3600 * 1000;
export const RECORD_DECISION = `mutation ($input: RecordDepartmentDecisionInput!) { recordDepartmentDecision(input: $input) { status } }`;
const MARK_READY = `mutation ($input: MarkResultReadyInput!) { markResultReady(input: $input) { status } }`;
const DELIVER = `mutation ($input: DeliverCaseInput!) { deliverCase(input: $input) { status } }`;

/** The harness's dispatcher, run by hand (`runOnce`), polling at every round. */
export function dispatcherOf(h: CasesHarness, departments: FakeDepartments): Dispatcher {
  return new Dispatcher(h.orm, h.catalogue, departments, () => h.now, createLogger('test'), {
    intervalMs: 1_000,
    batchSize: 50,
    leaseMs: 30_000,
    stuckAfterAttempts: 3,
    backoff: { baseDelayMs: 1_000, maxDelayMs: 4_000 },
    pollIntervalMs: 0,
  });
}

type Kind = 'harvest' | 'investment' | 'disability';
type Action = 'accept' | 'reject' | 'supplement' | 'supply' | 'decide' | 'report' | 'deliver';

/** One step of a walk; `which` picks a case among those submitted, `variant` the details of the act. */
type Step =
  | { do: 'submit'; kind: Kind; complete: boolean; atWindow: boolean }
  | { do: 'act'; which: number; action: Action; variant: number }
  | { do: 'dispatch' }
  | { do: 'nextDays'; days: number };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      do: fc.constant('submit' as const),
      kind: fc.constantFrom<Kind>('harvest', 'investment', 'disability'),
      complete: fc.boolean(),
      atWindow: fc.boolean(),
    }),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      do: fc.constant('act' as const),
      which: fc.nat(),
      // more of what moves a case on than of what ends or holds it, so many reach a decision
      action: fc.constantFrom<Action>(
        'accept',
        'accept',
        'decide',
        'decide',
        'decide',
        'report',
        'report',
        'reject',
        'supplement',
        'supply',
        'deliver',
      ),
      variant: fc.nat(),
    }),
  },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('dispatch' as const) }) },
  { weight: 3, arbitrary: fc.record({ do: fc.constant('nextDays' as const), days: fc.integer({ min: 1, max: 7 }) }) },
);
export const walkArbitrary = fc.array(stepArbitrary, { minLength: 100, maxLength: 200 });
export const WALK_SEED = 20261127;

/**
 * Plays a walk on a harness: every kind of transition, legal or not (a refused move must leave the
 * counters as they were) — submissions online and at a window, with and without every material, acceptance, rejection,
 * supplements asked and supplied before acceptance and in review, decisions on the spot, dispatch,
 * decisions of a department's own system (polled) and of officers in the hub for the three
 * departments of a parallel approval, results made ready and delivered, the days moving on.
 */
export class Walk {
  private readonly cases: { caseNumber: string; kind: Kind }[] = [];
  private readonly departments = new FakeDepartments();
  private readonly dispatcher: Dispatcher;

  constructor(private readonly h: CasesHarness) {
    this.dispatcher = dispatcherOf(h, this.departments);
  }

  /** Plays the steps, running `check` every `checkEvery` steps and at the end. */
  async play(steps: Step[], checkEvery: number, check: (h: CasesHarness) => Promise<void>) {
    for (const [index, step] of steps.entries()) {
      await this.step(step);
      if ((index + 1) % checkEvery === 0) await check(this.h);
    }
    await this.dispatcher.runOnce({ poll: true });
    await check(this.h);
  }

  private async step(step: Step) {
    switch (step.do) {
      case 'submit':
        return this.submit(step.kind, step.complete, step.atWindow);
      case 'dispatch':
        return this.dispatcher.runOnce({ poll: true });
      case 'nextDays':
        this.h.now = new Date(this.h.now.getTime() + step.days * DAY_MS);
        return;
      case 'act':
        if (this.cases.length > 0)
          await this.act(this.cases[step.which % this.cases.length], step.action, step.variant);
    }
  }

  /** At a window the clerk of the investment window receives it, whatever the item (a disability
   * case decided on the spot then moves to the disability window); otherwise it comes in online. */
  private async submit(kind: Kind, complete: boolean, atWindow: boolean) {
    const application = {
      harvest: harvestApplication({ materials: complete ? ['M01', 'M02', 'M03'] : ['M01', 'M02'] }),
      investment: harvestApplication({
        itemCode: INVESTMENT.code,
        applicant: { type: 'ENTERPRISE', name: '蒙自林丰木业有限公司', creditCode: ENTERPRISE_CODE },
        materials: ['M01'],
      }),
      disability: harvestApplication({ itemCode: DISABILITY_CARD.code, materials: ['M01', 'M02'] }),
    }[kind];
    const input = atWindow ? { ...application, channel: 'WINDOW', ...atInvestWindow } : application;
    const { submitApplication } = await this.h.data(SUBMIT, { input });
    this.cases.push({ caseNumber: submitApplication.caseNumber, kind });
  }

  /** One act on a case; refusals are part of the walk. */
  private async act({ caseNumber, kind }: { caseNumber: string; kind: Kind }, action: Action, variant: number) {
    const window = kind === 'disability' ? atDisabilityWindow : atInvestWindow;
    const run = (source: string, input: Record<string, unknown>) =>
      this.h.run(source, { input: { caseNumber, ...input } });
    switch (action) {
      case 'accept':
        return run(ACCEPT, atInvestWindow);
      case 'reject':
        return run(REJECT, { ...window, reason: '不符合受理条件' });
      case 'supplement':
        return run(REQUEST_SUPPLEMENT, { ...window, materials: [{ code: 'M01', reason: '复印件不清晰' }] });
      case 'supply': {
        const { case: current } = await this.h.data(CASE, { caseNumber });
        const open = current.supplementNotices.find((notice: any) => notice.resolvedAt === null);
        return open && run(SUPPLY, { materials: open.missing.map((material: any) => material.code) });
      }
      case 'decide':
        if (kind !== 'disability') return this.decideInHub(caseNumber, variant);
        return run(DECIDE, {
          ...window,
          ...(variant % 3 ? { outcome: 'APPROVED' } : { outcome: 'DENIED', reason: '不符合条件' }),
        });
      case 'report':
        return this.reportFromSystem(caseNumber, variant);
      case 'deliver':
        if (kind === 'disability') await run(MARK_READY, window);
        return run(DELIVER, { ...window, method: 'PICK_UP' });
    }
  }

  /** An officer of one of the investment item's three departments decides in the hub. */
  private decideInHub(caseNumber: string, variant: number) {
    const { code } = INVESTMENT.decidingDepartments[variant % 3];
    const decisions = [
      { decision: 'APPROVED' },
      { decision: 'APPROVED' },
      { decision: 'DENIED', reason: '不符合规划' },
      { decision: 'MATERIALS_REQUESTED', missingMaterials: [{ code: 'M01', reason: '缺少章节' }] },
    ];
    const input = { caseNumber, departmentCode: code, officer: '科员 陈', ...decisions[Math.floor(variant / 3) % 4] };
    return this.h.run(RECORD_DECISION, { input });
  }

  /** The forestry system reports a decision dated up to three days back; the next poll applies it. */
  private reportFromSystem(caseNumber: string, variant: number) {
    const status = (['APPROVED', 'APPROVED', 'DENIED', 'MATERIALS_REQUESTED'] as const)[variant % 4];
    const decidedAt = new Date(this.h.now.getTime() - (Math.floor(variant / 4) % 4) * DAY_MS + (variant % 1000));
    this.departments.reports.set(caseNumber, {
      status,
      decidedAt: decidedAt.toISOString(),
      resultNumber: status === 'APPROVED' ? `CF-${variant}` : null,
      reason: status === 'APPROVED' ? null : '不符合采伐限额',
      missingMaterials: status === 'MATERIALS_REQUESTED' ? [{ code: 'M03', reason: '设计不完整' }] : [],
    });
  }
}
