import baseConfig from '../../eslint.config.mjs';

/**
 * Case data: the tables that hold what a family shares with the people around
 * it. Only the access module (src/access) and code that runs without a person
 * (migrations, demo data, the test harness, the daily notification jobs in
 * src/notification/*.job.ts; the benchmark is a project of its own) query
 * them with the DataSource; every feature service goes through `CaseData` or
 * `PlanItemReader`, which take the `FamilyAccess` the access module decided.
 */
const CASE_TABLES = [
  'family', 'family_member', 'family_member_revision', 'network_member', 'network_member_revision', 'involvement', 'regisseur_assignment', 'regisseur_handover',
  'plan_item', 'plan_item_revision', 'plan_version', 'plan_version_item', 'consent', 'consent_given', 'legal_basis', 'plan_closure',
];
const CASE_SQL = `/\\b(FROM|JOIN|INTO|UPDATE)\\s+(${CASE_TABLES.join('|')})\\b/i`;
const HOLDS_DATA_SOURCE = `Program:has(ImportDeclaration[source.value='typeorm'] ImportSpecifier[imported.name='DataSource'])`;
/** SQL written inside a call to the CaseData gate (e.g. a `caseData.startFamily(...)` transaction) is gated. */
const GATED = `CallExpression[callee.object.property.name='caseData']`;
const caseSqlMessage =
  'Case tables are read and written through CaseData or PlanItemReader with a FamilyAccess, never with the DataSource (see docs/architecture.md).';

const accessOnly = [
  {
    selector: "TSAsExpression > TSTypeReference[typeName.name='FamilyAccess']",
    message: 'A FamilyAccess comes from FamilyAccessService; it is never cast into being.',
  },
];

export default [
  ...baseConfig,
  {
    // Type-aware rules: a query result or a parsed value that is `any` must be given a type
    // (a row from table-rows.generated.ts through database/typed-sql.ts) before it is used.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/access/**', 'src/database/**', 'src/demo/**', 'src/testing/**', 'src/notification/*.job.ts', 'src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...accessOnly,
        {
          selector: `${HOLDS_DATA_SOURCE} TemplateElement[value.raw=${CASE_SQL}]:not(${GATED} TemplateElement)`,
          message: caseSqlMessage,
        },
        { selector: `${HOLDS_DATA_SOURCE} Literal[value=${CASE_SQL}]:not(${GATED} Literal)`, message: caseSqlMessage },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '../access/family-access',
              importNames: ['grantedAccess'],
              message: 'Only the access module decides access: ask FamilyAccessService.',
            },
          ],
        },
      ],
    },
  },
];
