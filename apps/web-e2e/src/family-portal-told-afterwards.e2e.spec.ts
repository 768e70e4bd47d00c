import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * "The family is told afterwards" (issue 12): in the demo's Gezin Meijer, the
 * police (Tom van Dijk) were admitted on a Meldcode legal basis with Esther
 * told afterwards. Until Sanne records that Esther was told, the portal shows
 * nothing of it; from then on the police are among who helps, with their date.
 * The steps change the demo data, so they run in this order, on one screen size.
 */
const [DESKTOP] = VIEWPORTS;
const ESTHER = { email: 'esther.degraaf@mail.example', displayName: 'Esther de Graaf' };
const POLICE = 'Politie Eenheid Midden-Nederland';
const TOM = 'Tom van Dijk';

async function signInAs(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await signInAsDemo(page, account);
}

async function whoHelpsEsther(page: Page): Promise<string> {
  await signInAs(page, ESTHER);
  await page.getByRole('link', { name: /Gezin Meijer/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
  const whoHelps = page.getByRole('region', { name: 'Wie helpt jullie' });
  await whoHelps.getByRole('heading', { name: 'Jullie regisseur: jullie vaste aanspreekpunt' }).waitFor();
  return whoHelps.innerText();
}

describe('the police, admitted with the family told afterwards', () => {
  const browser = useBrowser(DESKTOP);

  it('are not in Esther’s portal while nobody has recorded that she was told', async () => {
    const { page } = browser;
    const whoHelps = await whoHelpsEsther(page);
    expect(whoHelps).toContain('Wijkteam Utrecht Centrum');
    expect(whoHelps).not.toContain(POLICE);
    expect(whoHelps).not.toContain(TOM);
    expect(await page.getByRole('main').innerText()).not.toContain('Meldcode');
  });

  it('the regisseur records that Esther was told', async () => {
    const { page } = browser;
    await signInAs(page, REGISSEUR);
    await openMyFamily(page, 'Gezin Meijer');
    await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Betrokkenen uitnodigen en beëindigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Betrokkenen: Gezin Meijer' }).waitFor();
    // The regisseur sees the police, and that the family has not been told yet.
    expect(await page.getByRole('main').innerText()).toContain(POLICE);
    await page.getByRole('button', { name: 'Vastleggen dat het gezin is geïnformeerd' }).click();
    const hourAgo = new Date(Date.now() - 3_600_000);
    const local = new Date(hourAgo.getTime() - hourAgo.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await page.getByLabel('Wanneer is het gezin geïnformeerd?').fill(local);
    await page.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await page.getByText('Vastgelegd: het gezin is geïnformeerd.').waitFor();
    await checkAccessibility(page, 'involvements: family told afterwards recorded');
    await screenshot(page, 'involvements-family-told');
  });

  it('are in Esther’s portal from then on, with the date they started', async () => {
    const { page } = browser;
    const whoHelps = await whoHelpsEsther(page);
    expect(whoHelps).toContain(POLICE);
    expect(whoHelps).toContain(TOM);
    const card = page.getByRole('region', { name: 'Wie helpt jullie' }).getByRole('listitem').filter({ hasText: TOM });
    expect(await card.innerText()).toMatch(/\d{4}/);
    await checkAccessibility(page, 'family portal: police after the family was told');
    await screenshot(page, 'family-portal-told-afterwards');
  });
});
