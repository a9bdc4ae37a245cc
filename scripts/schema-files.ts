import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { GraphQLSchema, parse, printSchema } from 'graphql';
import { defaultSubgraphUrl, SUBGRAPHS } from '../lib/services';
import { buildAuditSchema } from '../subgraphs/audit/schema';
import { buildCasesSchema } from '../subgraphs/cases/schema';
import { buildCatalogueSchema } from '../subgraphs/catalogue/schema';
import { buildForestrySchema } from '../subgraphs/forestry/schema';
import { buildHealthInsuranceSchema } from '../subgraphs/health-insurance/schema';
import { buildPartyBuildingSchema } from '../subgraphs/party-building/schema';
import { buildPensionsSchema } from '../subgraphs/pensions/schema';
import { buildQueueSchema } from '../subgraphs/queue/schema';

/** How to build each subgraph's schema without starting it (no database, no legacy system). */
const SCHEMA_BUILDERS: Record<string, () => Promise<GraphQLSchema>> = {
  catalogue: buildCatalogueSchema,
  cases: buildCasesSchema,
  forestry: buildForestrySchema,
  'health-insurance': buildHealthInsuranceSchema,
  pensions: buildPensionsSchema,
  'party-building': buildPartyBuildingSchema,
  queue: buildQueueSchema,
  audit: buildAuditSchema,
};

/**
 * Everything `schema/` holds, file name → contents: each subgraph's SDL, the composed
 * supergraph the gateway loads, and the client-facing API schema (no federation internals).
 * Throws with every composition error when the subgraphs do not compose.
 */
export async function generateSchemaFiles(): Promise<Record<string, string>> {
  const missing = SUBGRAPHS.filter((subgraph) => !SCHEMA_BUILDERS[subgraph.name]).map((subgraph) => subgraph.name);
  if (missing.length) throw new Error(`no schema builder for subgraph(s): ${missing.join(', ')}`);

  const files: Record<string, string> = {};
  const services = [];
  for (const subgraph of SUBGRAPHS) {
    const sdl = printSubgraphSchema(await SCHEMA_BUILDERS[subgraph.name]());
    files[`${subgraph.name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name: subgraph.name, url: defaultSubgraphUrl(subgraph), typeDefs: parse(sdl) });
  }

  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`the subgraphs do not compose:\n${result.errors.map((error) => `  ${error.message}`).join('\n')}`);
  }
  files['supergraph.graphql'] = `${result.supergraphSdl.trim()}\n`;
  files['api.graphql'] = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`;
  return files;
}
