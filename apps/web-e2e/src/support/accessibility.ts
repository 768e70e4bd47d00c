import type { AxeResults, ImpactValue, Result } from 'axe-core';
import { readFileSync } from 'node:fs';
import { Page } from 'playwright-core';

/** WCAG 2.2 level AA, with every level A and AA rule that came before it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const BLOCKING: readonly ImpactValue[] = ['serious', 'critical'];

type Violation = Pick<Result, 'id' | 'impact' | 'help' | 'helpUrl'> & {
  nodes: { target: string; failureSummary: string }[];
};

function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map((violation) => {
      const heading = `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}`;
      const nodes = violation.nodes.map(
        (node) => `    at ${node.target}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`,
      );
      return [heading, ...nodes].join('\n');
    })
    .join('\n');
}

/** WCAG 1.4.10 Reflow, which axe does not check: the page fits the window without scrolling sideways. */
async function assertNoHorizontalScrolling(page: Page, name: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth) {
    throw new Error(`"${name}" scrolls sideways: ${scrollWidth} px of content in a ${clientWidth} px wide window`);
  }
}

/**
 * Runs axe-core on the page as it is now, and checks that it reflows. Fails
 * on serious and critical violations; reports lesser ones without failing,
 * so they are seen.
 */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  await assertNoHorizontalScrolling(page, name);
  // Evaluated rather than added as a <script>: the server's Content Security
  // Policy rightly blocks inline scripts, and the test must not weaken it.
  await page.evaluate(AXE_SOURCE);
  const violations: Violation[] = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        failureSummary: node.failureSummary ?? '',
      })),
    }));
  }, WCAG_TAGS);

  const blocking = violations.filter((violation) => violation.impact && BLOCKING.includes(violation.impact));
  const other = violations.filter((violation) => !blocking.includes(violation));
  if (other.length > 0) console.warn(`Accessibility notes for "${name}":\n${formatViolations(other)}`);
  if (blocking.length > 0) {
    throw new Error(`Accessibility violations on "${name}":\n${formatViolations(blocking)}`);
  }
}
