import DataLoader from 'dataloader';
import { BackOfficeRecord, CaseSubmission, SubmissionReceipt } from '../../adapters/kit';
import { badUserInput } from '../errors';

/** One legacy system as a department subgraph's back office uses it. */
export interface BackOfficeSystem {
  submitCase(submission: CaseSubmission): Promise<SubmissionReceipt>;
  /** A loader made for this request: the system's records of cases, batched by case number. */
  records: DataLoader<string, BackOfficeRecord | null>;
}

/**
 * A department subgraph's back office for one request: its legacy systems by the catalogue's
 * DecidingSystem name (FORESTRY_HARVEST, PENSIONS…). The forestry subgraph has three.
 */
export class BackOfficeDesk {
  constructor(private readonly systems: Readonly<Record<string, BackOfficeSystem>>) {}

  /** The system by its DecidingSystem name; any other is a BAD_USER_INPUT naming the field. */
  system(name: string, field: string): BackOfficeSystem {
    const system = this.systems[name];
    if (!system) {
      throw badUserInput(field, `This subgraph decides on ${Object.keys(this.systems).join(', ')}, not ${name}`);
    }
    return system;
  }

  /**
   * The record of a case in whichever of the desk's systems holds it (a case goes to one system
   * per department). Null when none does; when a system failed and no other holds the case, its error.
   */
  async recordOf(caseNumber: string): Promise<BackOfficeRecord | null> {
    const answers = await Promise.allSettled(
      Object.values(this.systems).map((system) => system.records.load(caseNumber)),
    );
    for (const answer of answers) if (answer.status === 'fulfilled' && answer.value) return answer.value;
    const failure = answers.find((answer): answer is PromiseRejectedResult => answer.status === 'rejected');
    if (failure) throw failure.reason;
    return null;
  }
}
