/**
 * Domain enums more than one subgraph uses. Plain TypeScript (no GraphQL), so pure modules such as
 * the case workflow can use them; lib/graphql/shared-enums.ts puts them in the schema.
 */

/** How an item is handled: decided on the spot, or in the back office within a promised time. */
export enum HandlingMode {
  IMMEDIATE = 'IMMEDIATE',
  PROMISED = 'PROMISED',
}

/** Who applies (evaluation records: applicant type 0 = person, 1 = legal person). */
export enum ApplicantType {
  PERSON = 'PERSON',
  ENTERPRISE = 'ENTERPRISE',
}
