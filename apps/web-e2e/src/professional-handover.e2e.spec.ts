import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Handing over the regisseur role (domain brief, scenario 6), in the demo's
 * Gezin Hoekstra (scenario 4): Sanne Jansen hands the role to Joost Mulder on
 * a wide screen, and he hands it back on a phone, so the demo ends as it began.
 */
const JOOST = { email: 'joost.mulder@jeugdggz.example', displayName: 'Joost Mulder' };
const [DESKTOP, PHONE] = VIEWPORTS;

async function openHandover(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await signInAsDemo(page, account);
  await openMyFamily(page, 'Gezin Hoekstra');
  await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Regie overdragen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Regie overdragen: Gezin Hoekstra' }).waitFor();
}

async function handOver(page: Page, to: string, note: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Verder' }).click();
  await page.getByText('Kies wie de regie overneemt.').waitFor();
  expect(await page.getByText('Schrijf een overdrachtsnotitie van minstens 10 tekens.').count()).toBe(1);
  await checkAccessibility(page, `handover with field errors (${name})`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'professional-handover-errors');

  await page.getByRole('radio', { name: new RegExp(`^${to}`) }).check();
  const noteField = page.getByLabel('Overdrachtsnotitie');
  await noteField.click();
  await noteField.pressSequentially(note);
  await page.getByRole('button', { name: 'Verder' }).click();

  const confirmation = page.getByRole('heading', { level: 2, name: 'Controleer de overdracht' });
  await confirmation.waitFor();
  expect(await confirmation.evaluate((element) => element === document.activeElement)).toBe(true);
  const summary = await page.getByRole('main').innerText();
  expect(summary).toContain(to);
  expect(summary).toContain(note);
  await checkAccessibility(page, `handover confirmation (${name})`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'professional-handover-confirm');
  await page.getByRole('button', { name: 'Regie overdragen' }).click();
}

describe('handing over the regisseur role', () => {
  const browser = useBrowser(DESKTOP);

  it('passes the role to a colleague with a note, and back again, keeping who held it', async () => {
    const { page } = browser;
    await openHandover(page, REGISSEUR);
    await checkAccessibility(page, 'handover page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-handover');

    await handOver(page, 'Joost Mulder', 'Thijs wil zelf bepalen wat zijn ouders horen. Wouter en Marleen komen trouw.', 'desktop');
    await page.getByRole('heading', { level: 1, name: 'Gezin Hoekstra' }).waitFor();
    await page.getByText('De regie is overgedragen aan Joost Mulder.', { exact: false }).waitFor();
    const header = await page.locator('header.family-plan-header').innerText();
    expect(header).toContain('Regisseur: Joost Mulder (Jeugd-GGZ De Brug)');
    expect(await page.getByRole('navigation', { name: 'Als regisseur' }).count()).toBe(0);
    const joostCard = page.getByRole('region', { name: 'Wie is betrokken' }).getByRole('listitem').filter({ hasText: 'Jeugd-GGZ De Brug' });
    expect(await joostCard.innerText()).toContain('Regisseur');

    // Joost hands it back, on a phone.
    await page.context().clearCookies();
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await openHandover(page, JOOST);
    await checkAccessibility(page, 'handover page on a phone');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-handover');
    await handOver(page, 'Sanne Jansen', 'Terug naar Sanne, zoals afgesproken in het overleg.', 'phone');
    await page.getByText('De regie is overgedragen aan Sanne Jansen.', { exact: false }).waitFor();

    const history = page.getByRole('region', { name: 'Wie is betrokken' }).locator('details.regisseur-history');
    await history.locator('summary').click();
    const terms = await history.innerText();
    expect(terms).toContain('Joost Mulder');
    expect(terms).toContain('Thijs wil zelf bepalen wat zijn ouders horen.');
    await checkAccessibility(page, 'plan after handing back, on a phone');
  });
});
