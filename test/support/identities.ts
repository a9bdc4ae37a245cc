import { Identity } from '../../lib/auth/identity';

/** The identities tests act as: what a token of each role would say (lib/auth/identity.ts). */
export const asCitizen = (idNumber: string): Identity => ({ subject: idNumber, roles: ['CITIZEN'] });

/** A clerk at `windowCode`; the subject is what window mutations name as `clerk`. */
export const asClerk = (windowCode: string, subject = `clerk-${windowCode}`): Identity => ({
  subject,
  roles: ['WINDOW_CLERK'],
  windowCode,
});

/** An officer of `departmentCode`; the subject is what `recordDepartmentDecision` names as `officer`. */
export const asOfficer = (departmentCode: string, subject = `officer-${departmentCode}`): Identity => ({
  subject,
  roles: ['DEPARTMENT_OFFICER'],
  departmentCode,
});

/** A registered hall device (test/support/hub.ts registers the development terminals). */
export const asTerminal = (deviceId: string): Identity => ({ subject: deviceId, roles: ['TERMINAL'] });

export const SUPERVISOR: Identity = { subject: 'supervisor-001', roles: ['SUPERVISOR'] };
export const ADMIN: Identity = { subject: 'admin-001', roles: ['ADMIN'] };
/** A hub service acting on its own behalf, as the cases dispatcher calls the department subgraphs. */
export const asSystem = (service: string): Identity => ({ subject: service, roles: ['SYSTEM'] });

/** The departments that keep the legacy systems' records (subgraphs/<name>/record-keeper.ts). */
export const KEEPERS = {
  forestry: '532503-LYJ',
  healthInsurance: '532503001-ZF',
  pensions: '532503001-ZF',
  partyBuilding: '532503001L01-JWH',
} as const;
