import baseConfig, { depConstraints } from '../../eslint.config.mjs';

/**
 * The benchmark assembles the real API (createApp) and uses its database
 * helpers, so it imports from apps/api, which Nx forbids for an app by default
 * ("imports of apps"). It may, but only these entry points, through the
 * @gezinsplan/api/* alias; a relative path into apps/api, or any other part of
 * the API, fails lint. The API may not import the benchmark (scope:api may
 * only depend on scope:api and scope:shared), so there is no cycle.
 */
const API_ENTRY_POINTS = [
  '@gezinsplan/api/bootstrap/create-app',
  '@gezinsplan/api/config/app-config',
  '@gezinsplan/api/access/family-access',
  '@gezinsplan/api/access/family-access.service',
  '@gezinsplan/api/auth/viewer',
  '@gezinsplan/api/database/data-source-options',
  '@gezinsplan/api/database/embedded-database',
  '@gezinsplan/api/database/free-port',
  '@gezinsplan/api/database/run-migrations',
  '@gezinsplan/api/testing/plan-operations',
  // The same-work floor makes the same access decision: the policy's SQL twin.
  '@gezinsplan/api/plan/plan-item-access.sql',
  '@gezinsplan/api/access/protective-involvements.sql',
  '@gezinsplan/api/common/sql-params',
].map((entry) => `^${entry.replace(/[.]/g, '\\.')}$`);

export default [
  ...baseConfig,
  {
    files: ['**/*.ts', '**/*.js'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$', ...API_ENTRY_POINTS], depConstraints },
      ],
    },
  },
];
