import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { DEMO_PASSWORD, REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * "The family is told afterwards" (issue 12): in the demo's Gezin Meijer, the
 * police (Tom van Dijk) were admitted on a Meldcode legal basis with Esther
 * told afterwards. Until Sanne records that Esther was told, the portal shows
 * nothing of it; from then on the police are among who helps, with their date.
 * Sanne also invites Veilig Thuis (Linda Visser) choosing "de familie wordt
 * achteraf geïnformeerd" on the invitation itself: there is no moment in which
 * Esther sees that involvement, and it stays out of her portal when the police
 * appear. The steps change the demo data, so they run in this order, on one screen size.
 */
const [DESKTOP] = VIEWPORTS;
const ESTHER = { email: 'esther.degraaf@mail.example', displayName: 'Esther de Graaf' };
const POLICE = 'Politie Eenheid Midden-Nederland';
const TOM = 'Tom van Dijk';
const VEILIG_THUIS = 'Veilig Thuis Utrecht';
const LINDA = { name: 'Linda Visser', option: 'Linda Visser, casemanager Veilig Thuis' };
const STEPS: ReadonlyArray<[string, string]> = [
  ['Waarvoor is de informatie nodig?', 'Veilig Thuis onderzoekt de melding over de veiligheid van Lisanne.'],
  ['Welke informatie precies, en waarom is die nodig?', 'Alleen wat over de veiligheid van Lisanne gaat.'],
  ['Staat het delen in verhouding tot het doel?', 'Beperkt tot veiligheid en tot Lisanne, voor de duur van het onderzoek.'],
  ['Kan het ook anders?', 'Toestemming vragen brengt Lisanne nu in gevaar; anoniem onderzoeken kan niet.'],
  ['Hoe heb je je beroepsgeheim gewogen?', 'Meldcode stap 5, afgewogen met de aandachtsfunctionaris.'],
  ['Waarom hoort het gezin het pas achteraf?', 'Lisanne komt in gevaar als haar ouders het nu al horen.'],
];

async function signInAs(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/inloggen');
  await signIn(page, account.email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${account.displayName}` }).waitFor();
}

async function openInvolvements(page: Page): Promise<void> {
  await signInAs(page, REGISSEUR);
  await page.getByRole('region', { name: 'Mijn gezinnen', exact: true }).getByRole('link', { name: 'Gezin Meijer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gezin Meijer' }).waitFor();
  await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Betrokkenen uitnodigen en beëindigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Betrokkenen: Gezin Meijer' }).waitFor();
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

  it('the regisseur invites Veilig Thuis choosing that the family is told afterwards, with the legal basis on the invitation', async () => {
    const { page } = browser;
    await openInvolvements(page);
    await page.getByRole('link', { name: 'Professional uitnodigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Professional uitnodigen: Gezin Meijer' }).waitFor();
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: VEILIG_THUIS });
    const professional = page.getByLabel('Professional', { exact: true });
    await professional.locator('option', { hasText: LINDA.option }).waitFor({ state: 'attached' });
    await professional.selectOption({ label: LINDA.option });
    await page.getByLabel('Taak', { exact: true }).fill('Veilig Thuis: onderzoek naar de veiligheid van Lisanne');
    await page.getByRole('checkbox', { name: 'Lisanne Meijer' }).check();
    await page.getByRole('checkbox', { name: 'Veiligheid' }).check();
    await page.getByRole('checkbox', { name: 'De familie wordt achteraf geïnformeerd' }).check();
    await page.getByRole('radio', { name: /Meldcode/ }).check();
    for (const [label, text] of STEPS) await page.getByLabel(label, { exact: true }).fill(text);
    await checkAccessibility(page, 'invite with the family told afterwards');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();

    const outcome = page.getByRole('region', { name: `${LINDA.name} is uitgenodigd` });
    await outcome.waitFor();
    const text = await outcome.innerText();
    expect(text).toContain('Het gezin ziet deze betrokkenheid nog niet.');
    expect(text).not.toContain('Het gezin en alle betrokkenen zien dat');
    await checkAccessibility(page, 'invited, the family told afterwards');
    await screenshot(page, 'involvement-invited-told-afterwards');
  });

  it('are not in Esther’s portal while nobody has recorded that she was told', async () => {
    const { page } = browser;
    const whoHelps = await whoHelpsEsther(page);
    expect(whoHelps).toContain('Wijkteam Utrecht Centrum');
    expect(whoHelps).not.toContain(POLICE);
    expect(whoHelps).not.toContain(TOM);
    expect(whoHelps).not.toContain(VEILIG_THUIS);
    expect(whoHelps).not.toContain(LINDA.name);
    expect(await page.getByRole('main').innerText()).not.toContain('Meldcode');
  });

  it('the regisseur records that Esther was told', async () => {
    const { page } = browser;
    await openInvolvements(page);
    // The regisseur sees the police, and that the family has not been told yet.
    expect(await page.getByRole('main').innerText()).toContain(POLICE);
    // Veilig Thuis waits to be told too: the police's own card, the innermost that names them.
    const tell = page.getByRole('button', { name: 'Vastleggen dat het gezin is geïnformeerd' });
    await page.getByRole('listitem').filter({ hasText: POLICE }).filter({ has: tell }).last().getByRole('button', { name: 'Vastleggen dat het gezin is geïnformeerd' }).click();
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
    // Veilig Thuis: still not told, still not shown.
    expect(whoHelps).not.toContain(VEILIG_THUIS);
    const card = page.getByRole('region', { name: 'Wie helpt jullie' }).getByRole('listitem').filter({ hasText: TOM });
    expect(await card.innerText()).toMatch(/\d{4}/);
    await checkAccessibility(page, 'family portal: police after the family was told');
    await screenshot(page, 'family-portal-told-afterwards');
  });
});
