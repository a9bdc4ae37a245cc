import {
  DepartmentClient,
  DepartmentRecord,
  DispatchFailure,
  DispatchPayload,
  DispatchReceipt,
} from '../../../../subgraphs/cases/dispatch/department-client';

/**
 * The department subgraphs in memory: records every delivery and poll, numbers what it receives
 * (once per case, as an idempotent department does), and plays an outage on demand.
 */
export class FakeDepartments implements DepartmentClient {
  down = false;
  readonly received: { subgraph: string; payload: DispatchPayload }[] = [];
  readonly polls: { subgraph: string; system: string; caseNumbers: string[] }[] = [];
  /** What each system reports for a case, by case number; absent cases are in review. */
  readonly reports = new Map<string, Partial<DepartmentRecord>>();
  private readonly numbers = new Map<string, string>();

  /** The department's system already holds the case (an earlier delivery reached it). */
  holds(caseNumber: string): void {
    this.numbers.set(caseNumber, `R-${this.numbers.size + 1}`);
  }

  async receive(subgraph: string, payload: DispatchPayload): Promise<DispatchReceipt> {
    this.received.push({ subgraph, payload });
    if (this.down) throw new DispatchFailure(`${subgraph} did not answer: connect ECONNREFUSED`);
    const known = this.numbers.get(payload.caseNumber);
    const recordNumber = known ?? `R-${this.numbers.size + 1}`;
    this.numbers.set(payload.caseNumber, recordNumber);
    return { caseNumber: payload.caseNumber, recordNumber, duplicate: known !== undefined };
  }

  async records(subgraph: string, system: string, caseNumbers: string[]): Promise<DepartmentRecord[]> {
    this.polls.push({ subgraph, system, caseNumbers });
    if (this.down) throw new DispatchFailure(`${subgraph} did not answer: connect ECONNREFUSED`);
    return caseNumbers
      .filter((caseNumber) => this.numbers.has(caseNumber))
      .map((caseNumber) => ({
        caseNumber,
        recordNumber: this.numbers.get(caseNumber)!,
        status: 'IN_REVIEW' as const,
        reviewer: null,
        decidedAt: null,
        resultNumber: null,
        reason: null,
        missingMaterials: [],
        ...this.reports.get(caseNumber),
      }));
  }
}
