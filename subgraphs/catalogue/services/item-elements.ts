import {
  AcceptanceMethod,
  ApplicantType,
  DecidingSystem,
  HandlingMode,
  MaterialFormat,
  MaterialSource,
  OnlineDepth,
  ServiceItemType,
} from '../enums';

/** The elements of a material in an item's guide. */
export interface MaterialElements {
  code: string;
  name: string;
  required: boolean;
  legalBasis: string;
  source: MaterialSource;
  format: MaterialFormat;
  copies: number;
  acceptanceMethod: AcceptanceMethod;
  signatureRule: string;
  blankForm: string | null;
  instructions: string;
  sample: string | null;
}

export interface StepElements {
  name: string;
  actor: string;
  workingDays: number;
  description: string;
}

/** Everything a version of an item says; a revision changes some of it. */
export interface ItemElements {
  name: string;
  type: ServiceItemType;
  departmentCode: string;
  /** The departments that decide it; several for a parallel approval, else just the department. */
  decidingDepartmentCodes: string[];
  handlingMode: HandlingMode;
  legalTimeLimit: number;
  promisedTimeLimit: number;
  fee: { charged: boolean; amountFen: number | null; basis: string | null; note: string };
  servesApplicantTypes: ApplicantType[];
  conditions: string;
  legalBasis: string;
  departmentWindowCode: string;
  divisionCode: string;
  onlineDepth: OnlineDepth;
  decidingSystem: DecidingSystem;
  highVolumeOnline: boolean;
  visitsRequired: number;
  materials: MaterialElements[];
  process: StepElements[];
}

export interface NewItem extends ItemElements {
  code: string;
  validFrom: string;
  versionNote: string;
}

export interface ItemRevision {
  effectiveFrom: string;
  versionNote: string;
  changes: Partial<ItemElements>;
}
