import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { VIEWPORTS } from './support/viewports';

describe.each(VIEWPORTS)('an unknown address, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('tells the visitor that the page does not exist and links home', async () => {
    const { page } = browser;
    await page.goto('/bestaat-niet');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    expect(await page.title()).toBe('Pagina niet gevonden – Gezinsplan');
    await checkAccessibility(page, 'not-found page');
    await screenshot(page, 'not-found');

    // Home is behind sign-in, so the link ends on the sign-in page for a visitor.
    await page.getByRole('link', { name: 'Naar de startpagina' }).click();
    await page.waitForURL('**/inloggen');
  });
});
