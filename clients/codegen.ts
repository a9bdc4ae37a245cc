import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for front-end teams: every `operations/*.graphql` against the client-facing
 * schema (`schema/api.graphql`, no federation internals) becomes a typed document in
 * `generated/graphql.ts`, and the persisted-query manifest (`generated/persisted-documents.json`,
 * sha256 hash → document) the gateway enforces as a safelist. `npm run codegen` regenerates both;
 * a test fails when they are stale.
 */
const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: 'clients/operations/*.graphql',
  ignoreNoDocuments: false,
  generates: {
    'clients/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        // plain strings with their types: usable with fetch, and the text the manifest hashes
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTimeISO: 'string' },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
