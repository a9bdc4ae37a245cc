import { ApplicantType } from '../enums';
import { HandlingMode } from '../workflow';

/**
 * What the cases service needs from the catalogue, as a small typed interface: the HTTP client
 * talks to the catalogue subgraph directly; unit tests use an in-memory one. Every failure to get
 * an answer is an `UPSTREAM_UNAVAILABLE` error, raised before anything is written.
 */
export interface CatalogueClient {
  /** The item's current version, or the given one; null when there is no such item. */
  serviceItem(code: string, version?: number): Promise<CatalogueItem | null>;
  /** The hall window with this code, or null. */
  window(code: string): Promise<CatalogueWindow | null>;
  /** Whether the item's department has authorised the (comprehensive) window to accept it. */
  isAuthorised(windowCode: string, itemCode: string): Promise<boolean>;
  /** The last day of `workingDays` working days after `acceptedOn` (not counted). */
  deadline(acceptedOn: string, workingDays: number): Promise<CatalogueDeadline>;
  /** Every department, in the catalogue's order. */
  departments(): Promise<CatalogueDepartment[]>;
}

export interface CatalogueDepartment {
  code: string;
  name: string;
}

export interface CatalogueMaterial {
  code: string;
  name: string;
  required: boolean;
}

export type ItemStatus = 'ACTIVE' | 'RETIRED';

export interface CatalogueItem {
  code: string;
  version: number;
  name: string;
  handlingMode: HandlingMode;
  /** Working days; 0 for immediate items. */
  promisedTimeLimit: number;
  department: CatalogueDepartment;
  servesApplicantTypes: ApplicantType[];
  decidingDepartments: CatalogueDepartment[];
  /** The legacy system that decides the item (the catalogue's DecidingSystem, e.g. FORESTRY_HARVEST), or NONE. */
  decidingSystem: string;
  materials: CatalogueMaterial[];
  status: ItemStatus;
  validFrom: string;
  validUntil: string | null;
  retiredOn: string | null;
}

export type WindowKind = 'COMPREHENSIVE' | 'DEPARTMENT';

export interface CatalogueWindow {
  code: string;
  name: string;
  kind: WindowKind;
  /** The owning department of a department window; null for comprehensive windows. */
  departmentCode: string | null;
}

export interface CatalogueDeadline {
  dueDate: string;
  provisional: boolean;
}

/** Whether the item takes no new cases on `today` (retired, or past its validity). */
export function isRetiredOn(item: CatalogueItem, today: string): boolean {
  if (item.status === 'RETIRED') return true;
  if (item.retiredOn && item.retiredOn <= today) return true;
  return item.validUntil !== null && item.validUntil < today;
}
