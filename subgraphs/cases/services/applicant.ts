import { DataSubject } from '../../../lib/auth/policies';
import { badUserInput } from '../../../lib/errors';
import { assertCreditCode, assertResidentId } from '../../../lib/identity';
import { ApplicantType } from '../enums';
import { ApplicantInput } from '../inputs/submit-application.input';

export interface Applicant {
  type: ApplicantType;
  name: string;
  idNumber: string | null;
  creditCode: string | null;
}

/** Validates the applicant (checksums included) and normalises the identifiers. */
export function normaliseApplicant(input: ApplicantInput): Applicant {
  const name = input.name.trim();
  if (!name) throw badUserInput('input.applicant.name', 'input.applicant.name must not be empty');
  if (input.type === ApplicantType.PERSON) {
    if (input.creditCode) throw badUserInput('input.applicant.creditCode', 'A PERSON applicant has no credit code');
    if (!input.idNumber)
      throw badUserInput('input.applicant.idNumber', 'A PERSON applicant needs a resident ID number');
    return {
      type: input.type,
      name,
      idNumber: assertResidentId(input.idNumber, 'input.applicant.idNumber'),
      creditCode: null,
    };
  }
  if (input.idNumber)
    throw badUserInput('input.applicant.idNumber', 'An ENTERPRISE applicant is identified by its credit code');
  if (!input.creditCode)
    throw badUserInput('input.applicant.creditCode', 'An ENTERPRISE applicant needs a unified social credit code');
  return {
    type: input.type,
    name,
    idNumber: null,
    creditCode: assertCreditCode(input.creditCode, 'input.applicant.creditCode'),
  };
}

/** Whose data an application is: the person or the enterprise applying. */
export function applicantSubject(applicant: Applicant): DataSubject {
  return applicant.idNumber
    ? { type: 'Person', key: applicant.idNumber }
    : { type: 'Enterprise', key: applicant.creditCode! };
}
