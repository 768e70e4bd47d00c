import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { VIEWPORTS } from './support/viewports';

describe.each(VIEWPORTS)('the skip link, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('is the first thing the keyboard reaches, and moves the focus to the main content', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skipLink.isVisible()).toBe(true);
    await screenshot(page, 'skip-link');

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
  });
});
