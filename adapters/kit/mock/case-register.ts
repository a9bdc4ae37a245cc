import { z } from 'zod';
import { BackOfficeStatus, CaseSubmission } from '../back-office';

/** How a tester decides a case the double holds (`POST /__admin/decisions`). */
export const DecisionSchema = z
  .object({
    reference: z.string().min(1),
    decision: z.enum(['APPROVE', 'DENY', 'REQUEST_MATERIALS']),
    resultNumber: z.string().min(1).optional(),
    reason: z.string().min(1).optional(),
    missingMaterials: z.array(z.object({ code: z.string().min(1), reason: z.string().min(1) })).optional(),
    reviewer: z.string().min(1).optional(),
  })
  .strict()
  .refine((input) => input.decision !== 'DENY' || input.reason, { message: 'a DENY states its reason' })
  .refine((input) => input.decision !== 'REQUEST_MATERIALS' || input.missingMaterials?.length, {
    message: 'a REQUEST_MATERIALS names the missing materials',
  });

export type DecisionInput = z.infer<typeof DecisionSchema>;

export interface RecordedDecision {
  decision: DecisionInput['decision'];
  resultNumber: string | null;
  reason: string | null;
  missingMaterials: { code: string; reason: string }[];
  reviewer: string;
  decidedAt: Date;
}

/** One application as the legacy system holds it. */
export interface RegisteredCase {
  reference: string;
  recordNumber: string;
  receivedAt: Date;
  submission: CaseSubmission;
  /** The latest decision; a request for materials may be followed by a final one. */
  decision: RecordedDecision | null;
}

export interface CaseRegisterOptions {
  /** The system's own application number, from its sequence (1, 2, …) and the day. */
  recordNumber(sequence: number, receivedAt: Date): string;
  /** The certificate number an approval gets when the tester names none. */
  resultNumber(record: RegisteredCase): string;
  /** The reviewer recorded when the tester names none. */
  defaultReviewer: string;
}

export class DecisionRefused extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

const FINAL = new Set(['APPROVE', 'DENY']);

/**
 * The applications a double received, in order. It stores what it is given, duplicates included,
 * as a system that cannot de-duplicate does: counting a reference's records is how a test proves
 * each case arrived exactly once. Decisions come from a tester, through the admin endpoint.
 */
export class CaseRegister {
  private readonly cases: RegisteredCase[] = [];

  constructor(private readonly options: CaseRegisterOptions) {}

  register(submission: CaseSubmission, receivedAt = new Date()): RegisteredCase {
    const record: RegisteredCase = {
      reference: submission.reference,
      recordNumber: this.options.recordNumber(this.cases.length + 1, receivedAt),
      receivedAt,
      submission,
      decision: null,
    };
    this.cases.push(record);
    return record;
  }

  /** The first record under the reference: the one a lookup by reference answers. */
  find(reference: string): RegisteredCase | undefined {
    return this.cases.find((record) => record.reference === reference);
  }

  list(): readonly RegisteredCase[] {
    return this.cases;
  }

  /** Records the decision on the reference's record; a final decision is never taken twice. */
  decide(input: DecisionInput, decidedAt = new Date()): RegisteredCase {
    const record = this.find(input.reference);
    if (!record) throw new DecisionRefused(404, `no application with reference ${input.reference}`);
    if (record.decision && FINAL.has(record.decision.decision)) {
      throw new DecisionRefused(409, `${input.reference} was already decided: ${record.decision.decision}`);
    }
    record.decision = {
      decision: input.decision,
      resultNumber: input.decision === 'APPROVE' ? (input.resultNumber ?? this.options.resultNumber(record)) : null,
      reason: input.reason ?? null,
      missingMaterials: input.decision === 'REQUEST_MATERIALS' ? (input.missingMaterials ?? []) : [],
      reviewer: input.reviewer ?? this.options.defaultReviewer,
      decidedAt,
    };
    return record;
  }

  clear(): void {
    this.cases.length = 0;
  }
}

const STATUS_OF_DECISION = {
  APPROVE: 'APPROVED',
  DENY: 'DENIED',
  REQUEST_MATERIALS: 'MATERIALS_REQUESTED',
} as const satisfies Record<DecisionInput['decision'], BackOfficeStatus>;

/** Where a registered case stands, in the hub's words: each double writes it as its own code. */
export function statusOf(record: RegisteredCase): BackOfficeStatus {
  return record.decision ? STATUS_OF_DECISION[record.decision.decision] : 'IN_REVIEW';
}
