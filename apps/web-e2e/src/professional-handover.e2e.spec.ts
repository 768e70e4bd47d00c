import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Handing over the regisseur role (domain brief, scenario 6; issue 12, item 5),
 * in the demo's Gezin Hoekstra (scenario 4): Sanne Jansen proposes Joost
 * Mulder on a wide screen; until he accepts she stays regisseur. He accepts
 * from his overview and reads her note on the plan. He proposes her back on a
 * phone and she accepts on the plan, so the demo ends as it began.
 */
const JOOST = { email: 'joost.mulder@jeugdggz.example', displayName: 'Joost Mulder' };
const [DESKTOP, PHONE] = VIEWPORTS;
const SANNE_NOTE = 'Thijs wil zelf bepalen wat zijn ouders horen. Wouter en Marleen komen trouw.';

async function openHandover(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await signInAsDemo(page, account);
  await openMyFamily(page, 'Gezin Hoekstra');
  await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Regie overdragen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Regie overdragen: Gezin Hoekstra' }).waitFor();
}

async function proposeHandover(page: Page, to: string, note: string, name: string): Promise<void> {
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
  expect(summary).toContain('Tot dan blijf jij de regisseur');
  await checkAccessibility(page, `handover confirmation (${name})`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'professional-handover-confirm');
  await page.getByRole('button', { name: 'Overdracht voorstellen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gezin Hoekstra' }).waitFor();
  await page.getByText(`Voorgesteld aan ${to}, wacht op akkoord.`).waitFor();
}

async function regisseurInHeader(page: Page): Promise<string> {
  return page.locator('header.family-plan-header').innerText();
}

describe('handing over the regisseur role', () => {
  const browser = useBrowser(DESKTOP);

  it('proposes a colleague with a note; the role moves only when they accept, and back again', async () => {
    const { page } = browser;
    await openHandover(page, REGISSEUR);
    await checkAccessibility(page, 'handover page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-handover');

    await proposeHandover(page, 'Joost Mulder', SANNE_NOTE, 'desktop');
    // Until Joost accepts, Sanne is still the regisseur, with her coordination links.
    await page.getByText('Je voorstel is verstuurd aan Joost Mulder.', { exact: false }).waitFor();
    expect(await regisseurInHeader(page)).toContain('Je bent de regisseur van dit gezin');
    expect(await page.getByRole('navigation', { name: 'Als regisseur' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Voorstel intrekken' }).count()).toBe(1);
    await checkAccessibility(page, 'plan with a handover proposal waiting');
    await screenshot(page, 'professional-handover-waiting');

    // Joost finds the proposal on his overview, with Sanne's note, and accepts.
    await page.context().clearCookies();
    await signInAsDemo(page, JOOST);
    const proposal = page.getByRole('region', { name: 'Regie overnemen van Gezin Hoekstra?' });
    await proposal.waitFor();
    const asked = await proposal.innerText();
    expect(asked).toContain('Sanne Jansen stelt voor dat jij de regie van Gezin Hoekstra overneemt.');
    expect(asked).toContain(SANNE_NOTE);
    await checkAccessibility(page, 'overview with a handover proposal');
    await screenshot(page, 'professional-handover-proposal');
    await proposal.getByRole('button', { name: 'Regie overnemen' }).click();

    // He lands on the plan as its regisseur, with her note open on the page.
    await page.getByRole('heading', { level: 1, name: 'Gezin Hoekstra' }).waitFor();
    await page.getByRole('navigation', { name: 'Als regisseur' }).waitFor();
    expect(await regisseurInHeader(page)).toContain('Je bent de regisseur van dit gezin');
    const note = page.getByRole('region', { name: 'Overdrachtsnotitie van Sanne Jansen' });
    expect(await note.innerText()).toContain(SANNE_NOTE);
    expect(await note.isVisible()).toBe(true);
    const joostCard = page.getByRole('region', { name: 'Wie is betrokken' }).getByRole('listitem').filter({ hasText: 'Jeugd-GGZ De Brug' });
    expect(await joostCard.innerText()).toContain('Regisseur');
    await checkAccessibility(page, 'plan of the new regisseur with the handover note');

    // Joost proposes Sanne back, on a phone; she accepts on the plan.
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Regie overdragen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regie overdragen: Gezin Hoekstra' }).waitFor();
    await checkAccessibility(page, 'handover page on a phone');
    await proposeHandover(page, 'Sanne Jansen', 'Terug naar Sanne, zoals afgesproken in het overleg.', 'phone');

    await page.context().clearCookies();
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, 'Gezin Hoekstra');
    const back = page.getByRole('region', { name: 'Regie overnemen van Gezin Hoekstra?' });
    await back.getByRole('button', { name: 'Regie overnemen' }).click();
    await page.getByRole('navigation', { name: 'Als regisseur' }).waitFor();
    expect(await regisseurInHeader(page)).toContain('Je bent de regisseur van dit gezin');
    await page.getByRole('region', { name: 'Overdrachtsnotitie van Joost Mulder' }).waitFor();

    const history = page.getByRole('region', { name: 'Wie is betrokken' }).locator('details.regisseur-history');
    await history.locator('summary').click();
    const terms = await history.innerText();
    expect(terms).toContain('Joost Mulder');
    expect(terms).toContain('Thijs wil zelf bepalen wat zijn ouders horen.');
    await checkAccessibility(page, 'plan after handing back, on a phone');
  });
});
