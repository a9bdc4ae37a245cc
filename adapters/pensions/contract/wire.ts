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
