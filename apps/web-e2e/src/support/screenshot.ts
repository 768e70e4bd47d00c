import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Page } from 'playwright-core';
import { VIEWPORTS } from './viewports';
import { WORKSPACE_ROOT } from './workspace';

const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'test-output/e2e');

/** Saves the whole page as test-output/e2e/<name>-<desktop|phone>.png, for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const width = page.viewportSize()?.width;
  const viewport = VIEWPORTS.find((candidate) => candidate.width === width);
  if (!viewport) throw new Error(`No known viewport is ${width} px wide`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${viewport.name}.png`), fullPage: true });
}
