/**
 * An item version of the city's implementation list (实施清单) as the hub pushes it, in the hub's
 * own words: every element of the guide and every material. The adapter turns it into the
 * platform's TASK record (wire.ts).
 */
export interface ImplementationItem {
  code: string;
  version: number;
  basicCode: string;
  name: string;
  type: ItemType;
  departmentCode: string;
  departmentName: string;
  divisionCode: string;
  handlingMode: 'IMMEDIATE' | 'PROMISED';
  legalTimeLimit: number;
  promisedTimeLimit: number;
  fee: { charged: boolean; amountFen: number | null; basis: string | null; note: string };
  servesApplicantTypes: ('PERSON' | 'ENTERPRISE')[];
  conditions: string;
  legalBasis: string;
  windowName: string;
  onlineDepth: 'INFORMATION' | 'FORM_DOWNLOAD' | 'ONLINE_PRE_REVIEW' | 'FULLY_ONLINE';
  visitsRequired: number;
  validFrom: string;
  validUntil: string | null;
  retiredOn: string | null;
  materials: ImplementationMaterial[];
  process: { name: string; actor: string; workingDays: number; description: string }[];
}

export type ItemType =
  | 'ADMINISTRATIVE_LICENCE'
  | 'ADMINISTRATIVE_PENALTY'
  | 'ADMINISTRATIVE_ENFORCEMENT'
  | 'ADMINISTRATIVE_LEVY'
  | 'ADMINISTRATIVE_PAYMENT'
  | 'ADMINISTRATIVE_CONFIRMATION'
  | 'ADMINISTRATIVE_REWARD'
  | 'ADMINISTRATIVE_ADJUDICATION'
  | 'OTHER_ADMINISTRATIVE_POWER'
  | 'PUBLIC_SERVICE';

export interface ImplementationMaterial {
  code: string;
  name: string;
  required: boolean;
  legalBasis: string;
  source: 'APPLICANT' | 'GOVERNMENT_ISSUED' | 'THIRD_PARTY';
  format: 'ORIGINAL' | 'COPY' | 'ORIGINAL_AND_COPY' | 'ELECTRONIC';
  copies: number;
  acceptanceMethod: 'PAPER' | 'ELECTRONIC' | 'PAPER_OR_ELECTRONIC';
  signatureRule: string;
  blankForm: string | null;
  instructions: string;
  sample: string | null;
}

/** What the platform did with one pushed version. */
export interface PushOutcome {
  code: string;
  version: number;
  result: 'CREATED' | 'UPDATED' | 'UNCHANGED';
}

/** An item version as the platform lists it back. */
export interface ProvincialTask {
  code: string;
  version: number;
  name: string;
  state: 'IN_FORCE' | 'RETIRED';
  materialCodes: string[];
}

export interface ProvincialPage<T> {
  total: number;
  pageNo: number;
  pageSize: number;
  list: T[];
}
