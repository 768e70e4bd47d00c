import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { DEMO_PASSWORD, REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/** A professional of the demo data (Gezin Meijer's GGZ), and the mother of that family in the portal. */
const EVA = 'eva.smit@ggz.example';
const ESTHER = 'esther.degraaf@mail.example';
const DAILY = 'Ja, één e-mail per dag met hoeveel nieuwe meldingen er zijn';
const IMMEDIATELY = 'Ja, meteen een e-mail';

const aMonthFromNow = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

/** The regisseur records an agreement for Esther, and then that it was not kept: Esther is told. */
async function agreementNotKept(page: Page, text: string): Promise<void> {
  await page.goto('/inloggen');
  await signIn(page, REGISSEUR.email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${REGISSEUR.displayName}` }).waitFor();
  await page.getByRole('region', { name: 'Mijn gezinnen', exact: true }).getByRole('link', { name: 'Gezin Meijer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gezin Meijer' }).waitFor();
  const agreements = page.getByRole('region', { name: 'Afspraken' });
  await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const what = agreements.getByLabel('Wat wordt er gedaan?');
  await what.click();
  await what.pressSequentially(text);
  await agreements.getByLabel('Wie doet het?').selectOption({ label: 'Esther de Graaf' });
  await agreements.getByLabel('Uiterlijk op').fill(aMonthFromNow());
  await agreements.getByRole('checkbox', { name: 'Lisanne Meijer' }).check();
  await agreements.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await agreements.getByRole('status').filter({ hasText: 'De afspraak is toegevoegd.' }).waitFor();
  const agreement = agreements.getByRole('listitem').filter({ hasText: text });
  await agreement.getByRole('button', { name: 'Niet nagekomen' }).click();
  const reason = agreement.getByLabel('Waarom is de afspraak niet nagekomen?');
  await reason.click();
  await reason.pressSequentially('Het lukte deze week niet.');
  await agreement.getByRole('button', { name: 'Opslaan als niet nagekomen' }).click();
  await page.getByRole('status').filter({ hasText: 'De afspraak staat op niet nagekomen.' }).waitFor();
}

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

  it('the mother finds in the family portal, in plain Dutch, that her agreement was recorded as not kept, and chooses her e-mail', async () => {
    const { page } = browser;
    const regisseur = await openFreshPage(page.context().browser(), viewport);
    await agreementNotKept(regisseur, `Esther belt de juf van Lisanne (${viewport.name}).`);
    await regisseur.context().close();
    await page.goto('/inloggen');
    await signIn(page, ESTHER, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: /^Welkom/ }).waitFor();
    await page.getByRole('link', { name: /Gezin Meijer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
    // One way to the notifications, in the header as for everyone; the portal's menu has none of its own.
    expect(await page.getByRole('navigation', { name: 'Ons gezinsplan' }).getByRole('link', { name: 'Meldingen' }).count()).toBe(0);
    await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Een afspraak is niet nagekomen in het plan van Gezin Meijer.' }).first().waitFor();
    await page.getByRole('link', { name: 'E-mail over meldingen instellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'E-mail over meldingen' }).waitFor();
    await choose(page, DAILY);
    await checkAccessibility(page, 'notification settings page, for a family member');
    await choose(page, IMMEDIATELY);
  });
});
