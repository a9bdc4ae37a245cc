import { RESIDENTS } from '../../adapters/kit/population';
import { postGraphQL } from '../support/graphql';
import { asCitizen } from '../support/identities';

/** The harvest-permit item and its four required materials, as the pilot's catalogue seeds them. */
export const HARVEST_ITEM = { code: 'XK00001000-532503', materials: ['M01', 'M02', 'M03', 'M04'] };

export const SUBMIT_APPLICATION = `mutation Submit($input: SubmitApplicationInput!) {
  submitApplication(input: $input) { caseNumber status }
}`;

/** A complete online application for the harvest permit by the given resident. */
export function harvestApplication(idempotencyKey: string, resident = RESIDENTS[0]) {
  return {
    idempotencyKey,
    itemCode: HARVEST_ITEM.code,
    applicant: { type: 'PERSON', name: resident.name, idNumber: resident.idNumber },
    channel: 'ONLINE',
    materials: HARVEST_ITEM.materials,
  };
}

/**
 * Submits one application for each of the first `count` residents through the cases subgraph,
 * so the page of cases has real applicants whose insurance and pension the doubles know.
 */
export async function seedCases(casesUrl: string, count: number): Promise<void> {
  for (const [index, resident] of RESIDENTS.slice(0, count).entries()) {
    const answer = await postGraphQL(
      casesUrl,
      SUBMIT_APPLICATION,
      {
        input: harvestApplication(`bench-seed-${index}`, resident),
      },
      { identity: asCitizen(resident.idNumber) },
    ); // an online application, in the resident's own name
    if (answer.errors?.length) throw new Error(`seeding case ${index} failed: ${answer.errors[0].message}`);
  }
}
