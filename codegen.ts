import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types for the web client's .graphql documents, from the API's schema file. */
const config: CodegenConfig = {
  schema: 'apps/api/schema.graphql',
  documents: ['apps/web/src/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, onlyOperationTypes: true, scalars: { DateTime: 'string' } },
    },
  },
};

export default config;
