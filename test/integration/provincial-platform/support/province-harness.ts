import { MikroORM } from '@mikro-orm/core';
import { doubleAdmin } from '../../../../adapters/kit/mock/admin';
import { RunningDouble } from '../../../../adapters/kit/mock/start';
import { createProvincialPlatformClient, ProvincialPlatformClient } from '../../../../adapters/provincial-platform';
import {
  PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS,
  startProvincialPlatformDouble,
} from '../../../../adapters/provincial-platform/mock';
import { systemIdentity } from '../../../../lib/auth/subgraph-secrets';
import { openDatabase } from '../../../../lib/database';
import { createLogger } from '../../../../lib/logger';
import { Actor, SYSTEM } from '../../../../subgraphs/cases/actor';
import { Case, CASES_ENTITIES, CaseEvaluation, ProvincialReport } from '../../../../subgraphs/cases/entities';
import { ApplicantType, Channel, EvaluationLevel } from '../../../../subgraphs/cases/enums';
import { CASES_MIGRATIONS } from '../../../../subgraphs/cases/migrations';
import { OnlineIntake } from '../../../../subgraphs/cases/province/online-intake';
import {
  ProvincialReporter,
  ProvincialReporterSettings,
} from '../../../../subgraphs/cases/province/provincial-reporter';
import { CaseWorkflow } from '../../../../subgraphs/cases/services/case-workflow';
import { ActorRole, CaseStatus } from '../../../../subgraphs/cases/workflow';
import { createTestDatabase } from '../../../support/database';
import { HARVEST, PERSON_ID } from '../../../unit/cases/support/catalogue-fixtures';
import { InMemoryCatalogue } from '../../../unit/cases/support/in-memory-catalogue';

export const REPORTER_SETTINGS: ProvincialReporterSettings = {
  intervalMs: 1_000,
  batchSize: 25,
  leaseMs: 30_000,
  stuckAfterAttempts: 3,
  backoff: { baseDelayMs: 1_000, maxDelayMs: 4_000 },
};

const logger = createLogger('province-test');

/** Who moves the test cases along, as the workflow table names them. */
const CLERK: Actor = { role: ActorRole.COMPREHENSIVE_WINDOW, name: '王窗口', windowCode: 'CW-INVEST' };
const FORESTRY: Actor = { role: ActorRole.DEPARTMENT, name: '532503-LYJ', windowCode: null };

/** A harvest permit's whole way, after its submission: who moves it to each status. */
export const LIFECYCLE: [CaseStatus, Actor][] = [
  [CaseStatus.ACCEPTED, CLERK],
  [CaseStatus.DISPATCHED, SYSTEM],
  [CaseStatus.IN_REVIEW, FORESTRY],
  [CaseStatus.APPROVED, FORESTRY],
  [CaseStatus.RESULT_READY, SYSTEM],
  [CaseStatus.DELIVERED, CLERK],
];

/** One recorded case event, as the double lists it. */
export interface RecordedEvent {
  SBLSH: string;
  EVENT_NO: number;
  BJZT: string;
  EVENT_TIME: string;
  ACTOR: string;
  NOTE: string;
}

/**
 * The cases database (SQLite in memory, or PostgreSQL with DATABASE_URL), the provincial double
 * over real HTTP, and the province's two jobs on a clock the test moves. Cases are submitted
 * through the workflow and moved along its table, so their events are the real ones.
 */
export class ProvinceHarness {
  readonly catalogue = new InMemoryCatalogue();
  /** The instant the cases service believes it is (cases, events, backoff); tests move it. */
  now = new Date('2025-11-03T01:00:00Z');
  /** How far the hub's signing clock is off the platform's (milliseconds). */
  clockSkewMs = 0;
  private readonly clients: ProvincialPlatformClient[] = [];
  private submissions = 0;

  private constructor(
    readonly orm: MikroORM,
    readonly double: RunningDouble,
    private readonly dropDatabase: () => Promise<void>,
  ) {}

  static async start(label: string): Promise<ProvinceHarness> {
    const database = await createTestDatabase(label);
    const orm = await openDatabase({ url: database.url, entities: CASES_ENTITIES, migrations: CASES_MIGRATIONS });
    const double = await startProvincialPlatformDouble({ port: 0 });
    return new ProvinceHarness(orm, double, database.drop);
  }

  readonly admin = () => doubleAdmin(this.double.url);
  readonly clock = () => this.now;

  later(ms: number): void {
    this.now = new Date(this.now.getTime() + ms);
  }

  /** The adapter's client against the double, signing with `appSecret` on the real clock (plus any skew). */
  client(appSecret: string = PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS.appSecret): ProvincialPlatformClient {
    const client = createProvincialPlatformClient({
      url: this.double.url,
      appId: PROVINCIAL_PLATFORM_DOUBLE_CREDENTIALS.appId,
      appSecret,
      logger,
      clock: () => new Date(Date.now() + this.clockSkewMs),
      timeoutMs: 2_000,
      retry: { attempts: 1, baseDelayMs: 10 },
      breaker: { failureThreshold: 1_000, resetTimeoutMs: 1_000 },
    });
    this.clients.push(client);
    return client;
  }

  reporter(client = this.client(), settings = REPORTER_SETTINGS): ProvincialReporter {
    return new ProvincialReporter(this.orm, client, this.clock, logger, settings);
  }

  intake(client = this.client()): OnlineIntake {
    return new OnlineIntake(this.orm, client, this.catalogue, this.clock, logger, { intervalMs: 1_000, pageSize: 2 });
  }

  /** Submits a harvest permit online (1 event) and moves it through the first `steps` of LIFECYCLE. */
  async caseWith(steps: number): Promise<string> {
    const workflow = new CaseWorkflow(this.orm.em.fork(), this.catalogue, this.clock, systemIdentity('cases'));
    const { caseNumber } = await workflow.submit({
      idempotencyKey: `province-test-${++this.submissions}`,
      itemCode: HARVEST.code,
      applicant: { type: ApplicantType.PERSON, name: '张三', idNumber: PERSON_ID },
      channel: Channel.ONLINE,
      materials: ['M01', 'M02', 'M03'],
    });
    await this.advance(caseNumber, steps);
    return caseNumber;
  }

  /** Moves a case through the next `steps` of LIFECYCLE, one transaction (and event) each. */
  async advance(caseNumber: string, steps: number): Promise<void> {
    const workflow = new CaseWorkflow(this.orm.em.fork(), this.catalogue, this.clock, systemIdentity('cases'));
    const { status } = await this.orm.em.fork().findOneOrFail(Case, caseNumber);
    const from = status === CaseStatus.SUBMITTED ? 0 : LIFECYCLE.findIndex(([to]) => to === status) + 1;
    for (const [to, actor] of LIFECYCLE.slice(from, from + steps)) {
      this.later(60_000);
      await workflow.commit(caseNumber, to, actor, `to ${to.toLowerCase()}`);
    }
  }

  /** The applicant's 好差评 of a delivered case, as `evaluateCase` writes it. */
  async evaluate(caseNumber: string, level: EvaluationLevel, comment: string | null): Promise<void> {
    const em = this.orm.em.fork();
    em.create(CaseEvaluation, {
      case: em.getReference(Case, caseNumber),
      level,
      comment,
      evaluatedAt: this.now,
      needsCallBack: false,
    });
    await em.flush();
  }

  /** The platform's records of case events, case by case in sequence. */
  async recordedEvents(): Promise<{ count: number; events: RecordedEvent[] }> {
    return (await fetch(`${this.double.url}/__admin/case-events`)).json() as Promise<{
      count: number;
      events: RecordedEvent[];
    }>;
  }

  async recordedEvaluations(): Promise<{ count: number; evaluations: Record<string, string>[] }> {
    return (await fetch(`${this.double.url}/__admin/evaluations`)).json() as Promise<{
      count: number;
      evaluations: Record<string, string>[];
    }>;
  }

  /** The sequence numbers the platform recorded, per case. */
  async sequencesByCase(): Promise<Record<string, number[]>> {
    const bySequence: Record<string, number[]> = {};
    for (const { SBLSH, EVENT_NO } of (await this.recordedEvents()).events) (bySequence[SBLSH] ??= []).push(EVENT_NO);
    return bySequence;
  }

  async report(caseNumber: string): Promise<ProvincialReport> {
    return this.orm.em.fork().findOneOrFail(ProvincialReport, caseNumber);
  }

  async stop(): Promise<void> {
    for (const client of this.clients) client.close();
    await this.double.stop();
    await this.orm.close();
    await this.dropDatabase();
  }
}
