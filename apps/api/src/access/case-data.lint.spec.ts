import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The lint rule that keeps case data behind the access module: a service that
 * holds the DataSource may not name a case table in its SQL. ESLint runs in a
 * child process (it loads its flat config as an ES module, which Jest's module
 * system does not), on a made-up service that breaks the rule and one that keeps it.
 */
const apiRoot = join(__dirname, '../..');

interface LintMessage {
  ruleId: string | null;
  message: string;
  fatal?: boolean;
}

/**
 * Lints `source` as if it were `file`. The type-aware rules need a TypeScript
 * project for it; a file that exists only here belongs to none, so it is let
 * into the default project (an override of this run only, not of the config).
 */
const LINT_TEXT = `
const { readFileSync, writeFileSync } = require('node:fs');
const { ESLint } = require('eslint');
const [file, report] = process.argv.slice(1);
const eslint = new ESLint({
  overrideConfig: { languageOptions: { parserOptions: { projectService: { allowDefaultProject: [file] } } } },
});
eslint
  .lintText(readFileSync(0, 'utf8'), { filePath: file })
  .then(([result]) => writeFileSync(report, JSON.stringify(result.messages)));
`;

function lint(source: string, file = 'src/family/leaky.service.ts'): LintMessage[] {
  // The report goes to a file: Nx's lint plugin writes warnings to stdout.
  const report = join(mkdtempSync(join(tmpdir(), 'case-data-lint-')), 'report.json');
  execFileSync(process.execPath, ['-e', LINT_TEXT, file, report], {
    cwd: apiRoot,
    input: source,
    env: { ...process.env, NX_DAEMON: 'false' },
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  const messages = JSON.parse(readFileSync(report, 'utf8')) as LintMessage[];
  // A file ESLint could not parse reports nothing else: that must not pass for a clean one.
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(fatal.message);
  return messages.filter((m) => m.ruleId === 'no-restricted-syntax' || m.ruleId === 'no-restricted-imports');
}

const SERVICE_WITH_DATA_SOURCE = (body: string) => `import { DataSource } from 'typeorm';

export class LeakyService {
  constructor(private readonly dataSource: DataSource) {}

  members(familyId: string): Promise<unknown> {
    ${body}
  }
}
`;

describe('the case-data lint rules', () => {
  it('refuse case SQL beside the DataSource, a cast into FamilyAccess and grantedAccess outside the access module', () => {
    const messages = lint(`
import { FamilyAccess, grantedAccess } from '../access/family-access';
export const forged = { familyId: 'x' } as unknown as FamilyAccess;
export const made = grantedAccess;
${SERVICE_WITH_DATA_SOURCE('return this.dataSource.query(`SELECT * FROM family_member WHERE family_id = $1`, [familyId]);')}`);
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([
      ['no-restricted-imports', expect.stringContaining('Only the access module decides access')],
      ['no-restricted-syntax', expect.stringContaining('never cast into being')],
      ['no-restricted-syntax', expect.stringContaining('through CaseData or PlanItemReader with a FamilyAccess')],
    ]);
  }, 60_000);

  it('let a service query tables that hold no case data', () => {
    const messages = lint(SERVICE_WITH_DATA_SOURCE('return this.dataSource.query(`SELECT id FROM organisation WHERE id = $1`, [familyId]);'));
    expect(messages).toEqual([]);
  }, 60_000);
});
