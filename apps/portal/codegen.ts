import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The portal's operations, typed from the API schema of the composed supergraph (what the gateway
 * serves: `apps/portal/tools/codegen.ts` writes it from supergraph.graphql first). Documents live
 * beside the components that use them; the manifest of trusted documents comes out as
 * `src/__generated__/gql/persisted-documents.json` and is copied into the build.
 */
const config: CodegenConfig = {
  schema: 'apps/portal/src/__generated__/api-schema.graphql',
  documents: [
    'apps/portal/src/**/*.tsx',
    'apps/portal/src/**/*.ts',
    '!apps/portal/src/__generated__/**',
  ],
  ignoreNoDocuments: true,
  generates: {
    'apps/portal/src/__generated__/gql/': {
      preset: 'client',
      presetConfig: {
        persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string', Pence: 'number' },
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
  },
};
export default config;
