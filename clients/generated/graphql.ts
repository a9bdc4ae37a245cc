/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who applies: a person by resident ID, or an enterprise by credit code. */
export type ApplicantInput = {
  /** Unified social credit code (GB 32100); required for an ENTERPRISE, checksum validated. */
  creditCode?: string | null | undefined;
  /** Resident ID number (GB 11643); required for a PERSON, checksum validated. */
  idNumber?: string | null | undefined;
  /** The person’s name or the enterprise’s registered name. */
  name: string;
  /** Person or enterprise. */
  type: ApplicantType;
};

/** Who may apply for an item. */
export type ApplicantType =
  /** A legal person or other organisation (法人), identified by unified social credit code. */
  | 'ENTERPRISE'
  /** A natural person (自然人), identified by resident ID. */
  | 'PERSON';

/** Where a case stands in the one-window workflow. */
export type CaseStatus =
  /** Accepted (已受理); the promised time limit runs from the acceptance day. */
  | 'ACCEPTED'
  /** Approved (批准). */
  | 'APPROVED'
  /** The result was handed over or posted. Final. */
  | 'DELIVERED'
  /** Denied (不予批准), with a reason. */
  | 'DENIED'
  /** Sent to the deciding departments’ back offices. */
  | 'DISPATCHED'
  /** A deciding department is reviewing it (办理中). */
  | 'IN_REVIEW'
  /** Waiting for the materials listed on the open supplement notice (补正材料通知书). */
  | 'NEEDS_SUPPLEMENT'
  /** Not accepted (不予受理), with a reason. Final. */
  | 'REJECTED'
  /** The result (certificate or denial notice) waits at the window. */
  | 'RESULT_READY'
  /** Received (收件), waiting for acceptance at a window. */
  | 'SUBMITTED';

/** Where an application came in. */
export type Channel =
  /** On the online platform. */
  | 'ONLINE'
  /** At a self-service terminal in the hall. */
  | 'TERMINAL'
  /** At a hall window, entered by a clerk. */
  | 'WINDOW';

/** How an item is handled. */
export type HandlingMode =
  /** 即办件: accepted and decided on the spot at the department window. */
  | 'IMMEDIATE'
  /** 承诺件: accepted at a window, decided in the back office within the promised time limit. */
  | 'PROMISED';

/** State of a harvest permit in the harvest-permit system. */
export type HarvestPermitStatus =
  /** 已注销 */
  | 'CANCELLED'
  /** 已过期 */
  | 'EXPIRED'
  /** 有效 */
  | 'VALID';

/** Whether the enrolment is in force (参保状态). */
export type HealthInsuranceStatus =
  /** 正常参保. */
  | 'ACTIVE'
  /** 暂停参保: contributions stopped. */
  | 'SUSPENDED'
  /** 终止参保. */
  | 'TERMINATED';

/** The medical insurance scheme (险种). */
export type HealthInsuranceType =
  /** 职工基本医疗保险 (code 310). */
  | 'EMPLOYEE_MEDICAL'
  /** 新型农村合作医疗 (code 380), before the 2017 merger. */
  | 'NEW_RURAL_COOPERATIVE_MEDICAL'
  /** 城乡居民基本医疗保险 (code 390). */
  | 'URBAN_RURAL_RESIDENT_MEDICAL';

/** Where the person stands in the residents’ pension scheme (参保状态). */
export type PensionStatus =
  /** 参保缴费: paying a yearly contribution. */
  | 'CONTRIBUTING'
  /** 待遇领取: drawing a monthly benefit. */
  | 'RECEIVING_BENEFIT'
  /** 暂停: contributions suspended. */
  | 'SUSPENDED';

/** An application for a service item. */
export type SubmitApplicationInput = {
  /** Who applies. */
  applicant: ApplicantInput;
  /** Where the application comes in. */
  channel: Channel;
  /** The receiving clerk; required for the WINDOW channel. */
  clerk?: string | null | undefined;
  /** A key the client chooses once per application and repeats on every retry: the same key always yields the same case; reusing it for a different application is a CONFLICT. */
  idempotencyKey: string;
  /** The service item applied for; the case pins its current version. */
  itemCode: string;
  /** Codes of the materials handed in, as listed by the item version. */
  materials: Array<string>;
  /** The receiving window; required for the WINDOW channel. */
  windowCode?: string | null | undefined;
};

/** Tree species harvested or transported. */
export type TreeSpecies =
  /** 华山松 (Pinus armandii) */
  | 'ARMAND_PINE'
  /** 杉木 (Cunninghamia lanceolata) */
  | 'CHINESE_FIR'
  /** 桉树 (Eucalyptus) */
  | 'EUCALYPTUS'
  /** 栎类 (Quercus) */
  | 'OAK'
  /** 云南松 (Pinus yunnanensis) */
  | 'YUNNAN_PINE';

export type PersonOverviewQueryVariables = Exact<{
  idNumber: string;
}>;

export type PersonOverviewQuery = {
  person: {
    idNumber: string;
    pension: { name: string; status: PensionStatus; grade: number | null; monthlyBenefitFen: number | null } | null;
    healthInsurance: { name: string; insuranceType: HealthInsuranceType; status: HealthInsuranceStatus } | null;
    forestryPermits: {
      harvestPermits: Array<{
        permitNumber: string;
        species: TreeSpecies;
        status: HarvestPermitStatus;
        remainingVolume: number | null;
      }> | null;
    };
    cases: Array<{ caseNumber: string; status: CaseStatus; itemName: string }>;
  } | null;
};

export type ServiceItemGuideQueryVariables = Exact<{
  code: string;
}>;

export type ServiceItemGuideQuery = {
  serviceItem: {
    code: string;
    version: number;
    name: string;
    handlingMode: HandlingMode;
    legalTimeLimit: number;
    promisedTimeLimit: number;
  } | null;
};

export type ServiceItemsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;

export type ServiceItemsQuery = {
  serviceItems: {
    totalCount: number;
    nodes: Array<{ code: string; name: string; handlingMode: HandlingMode }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;

export type SubmitApplicationMutation = {
  submitApplication: {
    caseNumber: string;
    status: CaseStatus;
    itemName: string;
    applicantName: string;
    submittedAt: string;
  };
};

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PersonOverviewDocument = new TypedDocumentString(
  `
    query PersonOverview($idNumber: String!) {
  person(idNumber: $idNumber) {
    idNumber
    pension {
      name
      status
      grade
      monthlyBenefitFen
    }
    healthInsurance {
      name
      insuranceType
      status
    }
    forestryPermits {
      harvestPermits {
        permitNumber
        species
        status
        remainingVolume
      }
    }
    cases {
      caseNumber
      status
      itemName
    }
  }
}
    `,
  { hash: 'sha256:30a5a28c5a5519efc90e5eeb081bd1e39931c0c58380bcd9649666dbedca6efc' },
) as unknown as TypedDocumentString<PersonOverviewQuery, PersonOverviewQueryVariables>;
export const ServiceItemGuideDocument = new TypedDocumentString(
  `
    query ServiceItemGuide($code: String!) {
  serviceItem(code: $code) {
    code
    version
    name
    handlingMode
    legalTimeLimit
    promisedTimeLimit
  }
}
    `,
  { hash: 'sha256:d54b48b17438b943b45fc3dbb16646cf22bca86e02127e75524c9798023f075b' },
) as unknown as TypedDocumentString<ServiceItemGuideQuery, ServiceItemGuideQueryVariables>;
export const ServiceItemsDocument = new TypedDocumentString(
  `
    query ServiceItems($first: Int = 20, $after: String) {
  serviceItems(first: $first, after: $after) {
    totalCount
    nodes {
      code
      name
      handlingMode
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `,
  { hash: 'sha256:b491a7218f2da7082a69627523ba1701b7845a5c2d545d1e1f4d83792911e0a9' },
) as unknown as TypedDocumentString<ServiceItemsQuery, ServiceItemsQueryVariables>;
export const SubmitApplicationDocument = new TypedDocumentString(
  `
    mutation SubmitApplication($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    caseNumber
    status
    itemName
    applicantName
    submittedAt
  }
}
    `,
  { hash: 'sha256:7314d6ba1ca82601be800377ce2907af6fcc26f2127edcc25571df53930c37c4' },
) as unknown as TypedDocumentString<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
