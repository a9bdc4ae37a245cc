import { NAMED_RESIDENTS } from '../../adapters/kit/population';
import { Identity } from '../../lib/auth/identity';

/** One of the hub's one-graph queries, as a window or portal sends it. */
export interface HubQuery {
  name: 'person' | 'casesPage' | 'catalogueSearch';
  description: string;
  query: string;
  variables: Record<string, unknown>;
  /** Who asks (a bearer token for this identity goes along); null: anonymous, the public catalogue. */
  identity: Identity | null;
}

/**
 * Who may read a page of everyone's cases with their 新农合 and pension: a supervisor (any case)
 * who is also an officer of 文澜镇, the department whose systems keep both (lib/auth/policies).
 */
const SUPERVISING_OFFICER: Identity = {
  subject: 'bench-supervisor',
  roles: ['SUPERVISOR', 'DEPARTMENT_OFFICER'],
  departmentCode: '532503001-ZF',
};

const PERSON = `query Person($idNumber: String!) {
  person(idNumber: $idNumber) {
    idNumber
    cases { caseNumber status itemName submittedAt }
    healthInsurance { personNumber status insuranceType enrolledOn contributions { period personalAmountFen subsidyFen } }
    pension { personalNumber status grade monthlyBenefitFen payments { kind period amountFen paidOn } }
    forestryPermits {
      harvestPermits { permitNumber species approvedVolume status remainingVolume }
      transportPermits { permitNumber volume origin destination status }
      landUseApprovals { approvalNumber projectName area status }
    }
    partyMembership { branchName joiningDate status }
    civilAffairs { subsistenceAllowances { caseNumber status monthlyAmount } }
    familyPlanning { birthRegistrations { registrationNumber childOrder registrationDate } }
  }
}`;

const CASES_PAGE = `query CasesPage($first: Int!) {
  cases(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      caseNumber status itemName applicantName submittedAt
      person {
        idNumber
        healthInsurance { personNumber status insuranceType }
        pension { personalNumber status monthlyBenefitFen }
      }
    }
  }
}`;

const CATALOGUE_SEARCH = `query CatalogueSearch($keyword: String!) {
  serviceItems(first: 20, filter: { keyword: $keyword }) {
    totalCount
    nodes {
      code name handlingMode promisedTimeLimit onlineDepth
      department { code name }
      window { code name }
      materials { code name copies }
    }
  }
}`;

export const HUB_QUERIES: readonly HubQuery[] = [
  {
    name: 'person',
    description: 'a person across all departments (cases, 新农合, pension, forestry, 党建)',
    query: PERSON,
    variables: { idNumber: NAMED_RESIDENTS.forestFarmer.idNumber },
    identity: { subject: NAMED_RESIDENTS.forestFarmer.idNumber, roles: ['CITIZEN'] },
  },
  {
    name: 'casesPage',
    description: "a page of 50 cases with applicants' insurance and pension",
    query: CASES_PAGE,
    variables: { first: 50 },
    identity: SUPERVISING_OFFICER,
  },
  {
    name: 'catalogueSearch',
    description: 'the catalogue search (keyword XK: the licensing items with department, window, materials)',
    query: CATALOGUE_SEARCH,
    variables: { keyword: 'XK' },
    identity: null,
  },
];
