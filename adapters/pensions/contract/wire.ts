import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../lib/paths';

/**
 * The pension system's SOAP contract (`pensions.wsdl` beside this file), read by the client (it
 * is compiled against the contract, so only the endpoint is configuration) and served by the double.
 */
export const WSDL_PATH = join(repoRoot(), 'adapters', 'pensions', 'contract', 'pensions.wsdl');

export const loadWsdl = () => readFileSync(WSDL_PATH, 'utf8');

/** Where the service listens, below the system's base URL. */
export const SERVICE_PATH = '/ws/PensionService';

export const QUERY_PERSONS = 'QueryPersons';
export const SUBMIT_APPLICATION = 'SubmitApplication';
export const QUERY_APPLICATIONS = 'QueryApplications';
/** References per QueryApplications call. */
export const MAX_REFERENCES = 50;

/** The system's own limit per QueryPersons call. */
export const MAX_BATCH_SIZE = 500;

/** A person as the SOAP layer hands it over (elements absent when the system leaves them out). */
export interface LegacyPerson {
  AAC001: string;
  AAC002: string;
  AAC003: string;
  AAC008: string;
  JFDC?: string;
  YDYJE?: string;
  KHYH?: string;
  YHZH?: string;
  JFJL?: LegacyPayment | LegacyPayment[];
}

export interface LegacyPayment {
  LX: string;
  QH: string;
  JE: string;
  DZRQ: string;
}

/** An application as the SOAP layer hands it over. */
export interface LegacyApplication {
  WBLSH: string;
  YWLSH: string;
  /** 0 待审核, 1 审核通过, 2 审核不通过, 9 退回补正 */
  SPZT: string;
  /** yyyy/M/d */
  SLRQ: string;
  SHR?: string;
  /** yyyy-MM-dd HH:mm:ss */
  SPSJ?: string;
  HDBH?: string;
  SPYJ?: string;
  BZCL?: LegacySupplement | LegacySupplement[];
}

export interface LegacySupplement {
  CLBM: string;
  BZYY: string;
}
