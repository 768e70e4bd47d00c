import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/** A professional of the demo data (Gezin Meijer's GGZ), and the mother of that family in the portal. */
const EVA = 'eva.smit@ggz.example';
const ESTHER = 'esther.degraaf@mail.example';
const DAILY = 'Ja, één e-mail per dag met hoeveel nieuwe meldingen er zijn';
const IMMEDIATELY = 'Ja, meteen een e-mail';

/** Chooses an e-mail frequency, sees it saved, and finds it chosen after a reload. */
async function choose(page: Page, option: string): Promise<void> {
  // Loaded: the current choice is checked.
  await page.getByRole('radio', { checked: true }).waitFor();
  await page.getByRole('radio', { name: option }).click();
  await page.getByRole('status').filter({ hasText: 'Opgeslagen.' }).waitFor();
  await page.reload();
  await page.getByRole('radio', { name: option, checked: true }).waitFor();
}

/**
 * Each person chooses how notifications reach them by e-mail: a professional
 * from the notifications page, a family member in the family portal, in
 * plain Dutch. The choice is restored at the end, so other tests' mails leave.
 */
describe.each(VIEWPORTS)('the notification settings, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('a professional chooses a daily e-mail on the settings page', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await signIn(page, EVA, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByRole('link', { name: 'E-mail over meldingen instellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-mail over meldingen' }).waitFor();
    await choose(page, DAILY);
    await checkAccessibility(page, 'notification settings page');
    await screenshot(page, 'notification-settings');
    await choose(page, IMMEDIATELY);
  });

  it('the mother finds her notifications and their e-mail in the family portal', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await signIn(page, ESTHER, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.getByRole('link', { name: /Gezin Meijer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
    await page.getByRole('navigation', { name: 'Ons gezinsplan' }).getByRole('link', { name: 'Meldingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Wil je ook een e-mail?' }).waitFor();
    await choose(page, DAILY);
    await checkAccessibility(page, 'portal notifications page');
    await choose(page, IMMEDIATELY);
  });
});
