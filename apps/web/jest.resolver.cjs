// Resolves as Jest normally does; then, for a package that offers nothing but
// an "import" export, with that condition (see ESM_ONLY_PACKAGES in
// jest.config.cts); and last through Nx's resolver, which knows the workspace
// paths (@gezinsplan/*). Nx's must come last: for a package it cannot load it
// falls back to TypeScript's resolution, which answers with a .d.ts file.
const nxResolver = require('@nx/jest/plugins/resolver');

function tryResolve(resolve) {
  try {
    return resolve();
  } catch {
    return undefined;
  }
}

module.exports = function resolve(path, options) {
  return (
    tryResolve(() => options.defaultResolver(path, options)) ??
    tryResolve(() => options.defaultResolver(path, { ...options, conditions: [...(options.conditions ?? []), 'import'] })) ??
    nxResolver(path, options)
  );
};
