import { MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE, OnlineApplication } from '../../../adapters/provincial-platform';
import { systemIdentity } from '../../../lib/auth/subgraph-secrets';
import { Logger } from '../../../lib/logger';
import { CatalogueClient } from '../catalogue/catalogue-client';
import { ProvincialApplication, SyncCursor } from '../entities';
import { ApplicantType, Channel } from '../enums';
import { Rounds } from '../outbox/rounds';
import { CaseWorkflow } from '../services/case-workflow';
import { ProvincialApplicationState } from './application-state';
import { ProvincialCasesPort } from './provincial-port';

export interface OnlineIntakeSettings {
  /** Pause between polls of the background loop. */
  intervalMs: number;
  /** Applications asked for per call (at most the platform's page size). */
  pageSize: number;
}

export const DEFAULT_ONLINE_INTAKE_SETTINGS: OnlineIntakeSettings = { intervalMs: 30_000, pageSize: MAX_PAGE_SIZE };

/** What one poll did. */
export interface IntakeRound {
  /** Applications that became cases. */
  taken: number;
  /** Applications refused for good, with the reason recorded. */
  refused: number;
  /** Deliveries of an application already taken in or refused: ignored. */
  repeated: number;
}

/** The cursor's name in `sync_cursors`: the platform's delivery sequence of portal applications. */
const CURSOR = 'provincial-platform/applications';

/** Pages read per poll at most, so a long backlog is taken in over a few polls. */
const MAX_PAGES_PER_POLL = 10;

/**
 * The submission's refusals that no retry can change (the application itself is wrong: an ID
 * number whose checksum fails, an unknown or retired item, unknown materials, an application number
 * reused for different content). Anything else (the catalogue down, the database) is retried.
 */
const REFUSALS = ['BAD_USER_INPUT', 'ITEM_RETIRED', 'CONFLICT'];

/** The case's idempotency key: the province's application number, in its own namespace of keys. */
export const idempotencyKeyOf = (applicationNumber: string) => `provincial-platform:${applicationNumber}`;

/**
 * Takes in the applications submitted on the provincial portal: polls the platform for the
 * deliveries after the cursor (kept in the cases database), submits each as a case with channel
 * ONLINE through the workflow the graph uses — the province's application number as the
 * idempotency key, so a redelivery, or a crash between the submission and the cursor's advance,
 * finds the same case — and records it once, taken or refused. The cursor advances past an
 * application only once it is recorded; a failure that a retry may cure (the catalogue down)
 * ends the poll there, and the next poll starts with that application again.
 */
export class OnlineIntake {
  private readonly rounds: Rounds<IntakeRound>;

  constructor(
    private readonly orm: MikroORM,
    private readonly province: ProvincialCasesPort,
    private readonly catalogue: CatalogueClient,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    readonly settings: OnlineIntakeSettings,
  ) {
    this.rounds = new Rounds('online intake', settings.intervalMs, logger);
  }

  /** One poll; concurrent calls share the poll in flight. */
  runOnce(): Promise<IntakeRound> {
    return this.rounds.run(() => this.poll());
  }

  start(): void {
    this.rounds.start(() => this.poll());
  }

  /** Stops the loop and waits for the poll in flight. */
  stop(): Promise<void> {
    return this.rounds.stop();
  }

  private async poll(): Promise<IntakeRound> {
    const round: IntakeRound = { taken: 0, refused: 0, repeated: 0 };
    let position = await this.cursor();
    for (let page = 0; page < MAX_PAGES_PER_POLL; page++) {
      const deliveries = await this.province.listApplications(position, this.settings.pageSize);
      for (const application of deliveries) {
        round[await this.takeIn(application)] += 1;
        position = application.deliverySequence;
        await this.advanceCursor(position);
      }
      if (deliveries.length < this.settings.pageSize) break;
    }
    return round;
  }

  /** Submits one application unless it was recorded before; throws when a retry may succeed. */
  private async takeIn(application: OnlineApplication): Promise<keyof IntakeRound> {
    const em = this.orm.em.fork();
    if (await em.findOne(ProvincialApplication, application.applicationNumber)) return 'repeated';
    const { applicationNumber } = application;
    try {
      // the hub relays for the applicant, who signed in on the provincial portal: SYSTEM
      const workflow = new CaseWorkflow(em, this.catalogue, this.clock, systemIdentity('cases'));
      const kase = await workflow.submit({
        idempotencyKey: idempotencyKeyOf(applicationNumber),
        itemCode: application.itemCode,
        // the portal's applicant signed in with a resident ID (证件号码): a person
        applicant: { type: ApplicantType.PERSON, name: application.applicantName, idNumber: application.idNumber },
        channel: Channel.ONLINE,
        materials: application.materialCodes,
      });
      await this.record(application, { state: ProvincialApplicationState.TAKEN, caseNumber: kase.caseNumber });
      this.logger.info({ applicationNumber, caseNumber: kase.caseNumber }, 'online application taken in');
      return 'taken';
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code) : undefined;
      if (!code || !REFUSALS.includes(code)) throw error;
      const field = (error as GraphQLError).extensions.field;
      await this.record(application, {
        state: ProvincialApplicationState.REFUSED,
        refusalCode: code,
        refusalField: typeof field === 'string' ? field : null,
        refusalReason: (error as Error).message,
      });
      this.logger.warn({ applicationNumber, code }, `online application refused: ${(error as Error).message}`);
      return 'refused';
    }
  }

  /** Records the application once; a replica that recorded it at the same moment wins. */
  private async record(application: OnlineApplication, outcome: Partial<ProvincialApplication>): Promise<void> {
    const em = this.orm.em.fork();
    em.create(ProvincialApplication, {
      applicationNumber: application.applicationNumber,
      deliverySequence: application.deliverySequence,
      itemCode: application.itemCode,
      applicantName: application.applicantName,
      idNumber: application.idNumber,
      materialCodes: application.materialCodes,
      submittedAt: application.submittedAt,
      state: outcome.state!,
      receivedAt: this.clock(),
      ...outcome,
    });
    try {
      await em.flush();
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
    }
  }

  private async cursor(): Promise<number> {
    return (await this.orm.em.fork().findOne(SyncCursor, CURSOR))?.position ?? 0;
  }

  /** Moves the cursor past a recorded application, in the cases database. */
  private async advanceCursor(position: number): Promise<void> {
    await this.orm.em.fork().upsert(SyncCursor, { name: CURSOR, position, updatedAt: this.clock() });
  }
}
