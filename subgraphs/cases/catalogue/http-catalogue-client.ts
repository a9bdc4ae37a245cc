import { systemRequestHeaders } from '../../../lib/auth/signed-request';
import { secretOrTestDefault } from '../../../lib/auth/subgraph-secrets';
import { hubError } from '../../../lib/errors';
import {
  CatalogueClient,
  CatalogueDeadline,
  CatalogueDepartment,
  CatalogueItem,
  CatalogueWindow,
} from './catalogue-client';

const ITEM_QUERY = /* GraphQL */ `
  query CasesServiceItem($code: String!, $version: Int) {
    serviceItem(code: $code, version: $version) {
      code
      version
      name
      handlingMode
      promisedTimeLimit
      department {
        code
        name
      }
      servesApplicantTypes
      decidingDepartments {
        code
        name
      }
      decidingSystem
      materials {
        code
        name
        required
      }
      status
      validFrom
      validUntil
      retiredOn
    }
  }
`;

const WINDOWS_QUERY = /* GraphQL */ `
  query CasesWindows {
    windows {
      code
      name
      kind
      department {
        code
      }
    }
  }
`;

const AUTHORISATIONS_QUERY = /* GraphQL */ `
  query CasesAuthorisations($windowCode: String!, $itemCode: String!) {
    authorisations(windowCode: $windowCode, itemCode: $itemCode) {
      revokedOn
    }
  }
`;

const DEADLINE_QUERY = /* GraphQL */ `
  query CasesDeadline($acceptedOn: Date!, $workingDays: Int!) {
    deadline(acceptedOn: $acceptedOn, workingDays: $workingDays) {
      dueDate
      provisional
    }
  }
`;

const DEPARTMENTS_QUERY = /* GraphQL */ `
  query CasesDepartments {
    departments {
      code
      name
    }
  }
`;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface HttpCatalogueClientOptions {
  /** The catalogue subgraph's GraphQL endpoint (service to service, not through the gateway). */
  url: string;
  timeoutMs?: number;
  /** The catalogue's signing secret (SUBGRAPH_CATALOGUE_SECRET; under jest, the test run's when omitted). */
  secret?: string;
}

/**
 * The catalogue over HTTP: GraphQL POSTs against the catalogue's contract root fields, signed as
 * SYSTEM `cases` with the catalogue's secret.
 */
export class HttpCatalogueClient implements CatalogueClient {
  private readonly url: string;
  private readonly timeoutMs: number;
  private readonly secret: string;

  constructor({ url, timeoutMs = 5000, secret }: HttpCatalogueClientOptions) {
    this.url = url;
    this.timeoutMs = timeoutMs;
    this.secret = secretOrTestDefault(secret, 'the catalogue subgraph');
  }

  async serviceItem(code: string, version?: number): Promise<CatalogueItem | null> {
    const data = await this.query<{ serviceItem: CatalogueItem | null }>(ITEM_QUERY, { code, version });
    return data.serviceItem;
  }

  async window(code: string): Promise<CatalogueWindow | null> {
    const data = await this.query<{
      windows: (Omit<CatalogueWindow, 'departmentCode'> & { department: { code: string } | null })[];
    }>(WINDOWS_QUERY, {});
    const window = data.windows.find((candidate) => candidate.code === code);
    if (!window) return null;
    return { code: window.code, name: window.name, kind: window.kind, departmentCode: window.department?.code ?? null };
  }

  async isAuthorised(windowCode: string, itemCode: string): Promise<boolean> {
    const data = await this.query<{ authorisations: { revokedOn: string | null }[] }>(AUTHORISATIONS_QUERY, {
      windowCode,
      itemCode,
    });
    return data.authorisations.some((authorisation) => authorisation.revokedOn === null);
  }

  async deadline(acceptedOn: string, workingDays: number): Promise<CatalogueDeadline> {
    const data = await this.query<{ deadline: CatalogueDeadline }>(DEADLINE_QUERY, { acceptedOn, workingDays });
    return data.deadline;
  }

  async departments(): Promise<CatalogueDepartment[]> {
    const data = await this.query<{ departments: CatalogueDepartment[] }>(DEPARTMENTS_QUERY, {});
    return data.departments;
  }

  private async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const request = JSON.stringify({ query, variables });
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: systemRequestHeaders('cases', this.secret, request),
        body: request,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw unavailable(`the catalogue did not answer: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => null)) as GraphQLResponse<T> | null;
    if (body?.errors?.length) {
      throw unavailable(`the catalogue refused the query: ${body.errors[0].message}`, body.errors[0].extensions?.code);
    }
    if (!response.ok || !body?.data) throw unavailable(`the catalogue answered HTTP ${response.status} without data`);
    return body.data;
  }
}

function unavailable(message: string, upstreamCode?: string) {
  return hubError('UPSTREAM_UNAVAILABLE', message, { service: 'catalogue', ...(upstreamCode ? { upstreamCode } : {}) });
}
