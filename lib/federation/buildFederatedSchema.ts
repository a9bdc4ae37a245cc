import { buildSubgraphSchema } from '@apollo/subgraph';
import { IResolvers, printSchemaWithDirectives } from '@graphql-tools/utils';
import gql from 'graphql-tag';
import deepMerge from 'lodash.merge';
import { buildSchema, BuildSchemaOptions, createResolversMap } from 'type-graphql';

/**
 * The federation plumbing every subgraph shares, as in type-graphql's federation example:
 * build the type-graphql schema, print it with its directives behind the Federation 2 `@link`,
 * and hand it to `buildSubgraphSchema` with the reference resolvers merged in.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers?: IResolvers,
) {
  const schema = await buildSchema({
    ...options,
    // a subgraph may legitimately have no Query of its own (it only extends entities)
    skipCheck: true,
  });

  return buildSubgraphSchema({
    typeDefs: gql`
      extend schema
        @link(
          url: "https://specs.apollo.dev/federation/v2.7"
          import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"]
        )
      ${printSchemaWithDirectives(schema)}
    `,
    resolvers: deepMerge(createResolversMap(schema) as any, referenceResolvers),
  });
}
