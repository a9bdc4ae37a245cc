import { systemRequestHeaders } from '../../../lib/auth/signed-request';
import { secretOrTestDefault } from '../../../lib/auth/subgraph-secrets';

/**
 * The one module through which the cases service calls the department subgraphs, service to
 * service (never through the public gateway): the dispatcher's deliveries and its status polls,
 * each signed as SYSTEM `cases` with the department subgraph's secret (in `post`, and nowhere else).
 */

/** A case as dispatched: what the department subgraph submits to its legacy system. */
export interface DispatchPayload {
  caseNumber: string;
  /** The deciding system, as the catalogue names it. */
  system: string;
  itemCode: string;
  itemName: string;
  applicant: { type: 'PERSON' | 'ENTERPRISE'; name: string; idNumber: string };
  acceptedAt: string;
  dueDate: string | null;
  materials: string[];
}

export interface DispatchReceipt {
  caseNumber: string;
  recordNumber: string;
  duplicate: boolean;
}

/** A legacy system's record of a dispatched case, as the department subgraph reports it. */
export interface DepartmentRecord {
  caseNumber: string;
  recordNumber: string;
  status: 'IN_REVIEW' | 'APPROVED' | 'DENIED' | 'MATERIALS_REQUESTED';
  reviewer: string | null;
  /** ISO 8601 instant of the latest decision. */
  decidedAt: string | null;
  resultNumber: string | null;
  reason: string | null;
  missingMaterials: { code: string; reason: string }[];
}

export interface DepartmentClient {
  /** Delivers a case; idempotent on the department's side. Throws a DispatchFailure when it did not arrive. */
  receive(subgraph: string, payload: DispatchPayload): Promise<DispatchReceipt>;
  /** The system's records of these cases (at most 50); cases it does not hold are left out. */
  records(subgraph: string, system: string, caseNumbers: string[]): Promise<DepartmentRecord[]>;
}

/** A delivery or poll that did not get an answer: the entry stays pending and is retried. */
export class DispatchFailure extends Error {}

const RECEIVE = /* GraphQL */ `
  mutation Dispatch($input: DispatchedCaseInput!) {
    receiveDispatchedCase(input: $input) {
      caseNumber
      recordNumber
      duplicate
    }
  }
`;

const RECORDS = /* GraphQL */ `
  query BackOfficeRecords($system: String!, $caseNumbers: [String!]!) {
    backOfficeRecords(system: $system, caseNumbers: $caseNumbers) {
      caseNumber
      recordNumber
      status
      reviewer
      decidedAt
      resultNumber
      reason
      missingMaterials {
        code
        reason
      }
    }
  }
`;

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface HttpDepartmentClientOptions {
  /** Each department subgraph's GraphQL endpoint, by subgraph name. */
  urls: Readonly<Record<string, string>>;
  /** Per call; longer than the subgraph's own legacy-call budget. */
  timeoutMs: number;
  /** Each department subgraph's signing secret, by subgraph name (under jest, the test run's when omitted). */
  secrets?: Readonly<Record<string, string>>;
}

/** The department subgraphs over HTTP: plain GraphQL POSTs to their service-to-service fields. */
export class HttpDepartmentClient implements DepartmentClient {
  constructor(private readonly options: HttpDepartmentClientOptions) {}

  async receive(subgraph: string, payload: DispatchPayload): Promise<DispatchReceipt> {
    return (await this.post<{ receiveDispatchedCase: DispatchReceipt }>(subgraph, RECEIVE, { input: payload }))
      .receiveDispatchedCase;
  }

  async records(subgraph: string, system: string, caseNumbers: string[]): Promise<DepartmentRecord[]> {
    return (await this.post<{ backOfficeRecords: DepartmentRecord[] }>(subgraph, RECORDS, { system, caseNumbers }))
      .backOfficeRecords;
  }

  private async post<T>(subgraph: string, query: string, variables: Record<string, unknown>): Promise<T> {
    const url = this.options.urls[subgraph];
    if (!url) throw new DispatchFailure(`no URL configured for the ${subgraph} subgraph`);
    const secret = secretOrTestDefault(this.options.secrets?.[subgraph], `the ${subgraph} subgraph`);
    const request = JSON.stringify({ query, variables });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: systemRequestHeaders('cases', secret, request),
        body: request,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new DispatchFailure(`${subgraph} did not answer: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => null)) as GraphQLAnswer<T> | null;
    if (body?.errors?.length) {
      const [first] = body.errors;
      throw new DispatchFailure(`${subgraph}: ${first.extensions?.code ?? 'ERROR'} ${first.message}`);
    }
    if (!response.ok || !body?.data)
      throw new DispatchFailure(`${subgraph} answered HTTP ${response.status} without data`);
    return body.data;
  }
}
