import { HARVEST, PERSON_ID } from './catalogue-fixtures';

/** The operations the tests send, with the fields they assert. */
export const CASE_FIELDS = /* GraphQL */ `
  caseNumber status itemVersion itemName handlingMode promisedTimeLimit applicantType applicantName channel
  windowCode clerk dueDate dueDateProvisional reason
  serviceItem { code version } department { code } decidingDepartments { code }
  person { idNumber } enterprise { creditCode }
  materials { code name }
  events { from to actorRole actor windowCode note }
  supplementNotices { clerk windowCode departmentCode departmentName promisedTimeLimit requestedInStatus issuedByRole missing { code name reason } resolvedAt }
`;

export const SUBMIT = `mutation Submit($input: SubmitApplicationInput!) { submitApplication(input: $input) { ${CASE_FIELDS} } }`;
export const ACCEPT = `mutation Accept($input: AcceptCaseInput!) { acceptCase(input: $input) { ${CASE_FIELDS} } }`;
export const REJECT = `mutation Reject($input: RejectCaseInput!) { rejectCase(input: $input) { ${CASE_FIELDS} } }`;
export const REQUEST_SUPPLEMENT = `mutation Request($input: RequestSupplementInput!) { requestSupplement(input: $input) { ${CASE_FIELDS} } }`;
export const SUPPLY = `mutation Supply($input: SupplyMaterialsInput!) { supplyMaterials(input: $input) { ${CASE_FIELDS} } }`;
export const DECIDE = `mutation Decide($input: DecideImmediatelyInput!) { decideImmediately(input: $input) { ${CASE_FIELDS} } }`;
export const CASE = `query Case($caseNumber: String!) { case(caseNumber: $caseNumber) { ${CASE_FIELDS} } }`;

let keys = 0;

/** A complete online application for a harvest permit by a person; override what a test varies. */
export function harvestApplication(overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: `key-${++keys}-${Math.random().toString(36).slice(2)}`,
    itemCode: HARVEST.code,
    applicant: { type: 'PERSON', name: '张三', idNumber: PERSON_ID },
    channel: 'ONLINE',
    materials: ['M01', 'M02', 'M03'],
    ...overrides,
  };
}
