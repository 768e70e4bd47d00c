// One SWC transform for every Jest project: decorators and their metadata are
// needed by NestJS, GraphQL code-first and TypeORM; React uses the automatic runtime.
module.exports = function swcTransform() {
  return [
    '@swc/jest',
    {
      jsc: {
        target: 'es2022',
        parser: { syntax: 'typescript', tsx: true, decorators: true },
        transform: {
          legacyDecorator: true,
          decoratorMetadata: true,
          react: { runtime: 'automatic' },
        },
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ];
};
