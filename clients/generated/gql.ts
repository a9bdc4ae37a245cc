/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'query PersonOverview($idNumber: String!) {\n  person(idNumber: $idNumber) {\n    idNumber\n    pension {\n      name\n      status\n      grade\n      monthlyBenefitFen\n    }\n    healthInsurance {\n      name\n      insuranceType\n      status\n    }\n    forestryPermits {\n      harvestPermits {\n        permitNumber\n        species\n        status\n        remainingVolume\n      }\n    }\n    cases {\n      caseNumber\n      status\n      itemName\n    }\n  }\n}': typeof types.PersonOverviewDocument;
  'query ServiceItemGuide($code: String!) {\n  serviceItem(code: $code) {\n    code\n    version\n    name\n    handlingMode\n    legalTimeLimit\n    promisedTimeLimit\n  }\n}': typeof types.ServiceItemGuideDocument;
  'query ServiceItems($first: Int = 20, $after: String) {\n  serviceItems(first: $first, after: $after) {\n    totalCount\n    nodes {\n      code\n      name\n      handlingMode\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}': typeof types.ServiceItemsDocument;
  'mutation SubmitApplication($input: SubmitApplicationInput!) {\n  submitApplication(input: $input) {\n    caseNumber\n    status\n    itemName\n    applicantName\n    submittedAt\n  }\n}': typeof types.SubmitApplicationDocument;
};
const documents: Documents = {
  'query PersonOverview($idNumber: String!) {\n  person(idNumber: $idNumber) {\n    idNumber\n    pension {\n      name\n      status\n      grade\n      monthlyBenefitFen\n    }\n    healthInsurance {\n      name\n      insuranceType\n      status\n    }\n    forestryPermits {\n      harvestPermits {\n        permitNumber\n        species\n        status\n        remainingVolume\n      }\n    }\n    cases {\n      caseNumber\n      status\n      itemName\n    }\n  }\n}':
    types.PersonOverviewDocument,
  'query ServiceItemGuide($code: String!) {\n  serviceItem(code: $code) {\n    code\n    version\n    name\n    handlingMode\n    legalTimeLimit\n    promisedTimeLimit\n  }\n}':
    types.ServiceItemGuideDocument,
  'query ServiceItems($first: Int = 20, $after: String) {\n  serviceItems(first: $first, after: $after) {\n    totalCount\n    nodes {\n      code\n      name\n      handlingMode\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}':
    types.ServiceItemsDocument,
  'mutation SubmitApplication($input: SubmitApplicationInput!) {\n  submitApplication(input: $input) {\n    caseNumber\n    status\n    itemName\n    applicantName\n    submittedAt\n  }\n}':
    types.SubmitApplicationDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PersonOverview($idNumber: String!) {\n  person(idNumber: $idNumber) {\n    idNumber\n    pension {\n      name\n      status\n      grade\n      monthlyBenefitFen\n    }\n    healthInsurance {\n      name\n      insuranceType\n      status\n    }\n    forestryPermits {\n      harvestPermits {\n        permitNumber\n        species\n        status\n        remainingVolume\n      }\n    }\n    cases {\n      caseNumber\n      status\n      itemName\n    }\n  }\n}',
): typeof import('./graphql').PersonOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ServiceItemGuide($code: String!) {\n  serviceItem(code: $code) {\n    code\n    version\n    name\n    handlingMode\n    legalTimeLimit\n    promisedTimeLimit\n  }\n}',
): typeof import('./graphql').ServiceItemGuideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query ServiceItems($first: Int = 20, $after: String) {\n  serviceItems(first: $first, after: $after) {\n    totalCount\n    nodes {\n      code\n      name\n      handlingMode\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}',
): typeof import('./graphql').ServiceItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation SubmitApplication($input: SubmitApplicationInput!) {\n  submitApplication(input: $input) {\n    caseNumber\n    status\n    itemName\n    applicantName\n    submittedAt\n  }\n}',
): typeof import('./graphql').SubmitApplicationDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
