import { Locator, Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { activationLinkFor } from './support/outbox';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Parental authority with a certified institution (docs/access-rules.md, consent):
 * in the demo's Gezin van den Berg (scenario 5), Lotte Verbeek, the regisseur,
 * records that the court placed authority over Noah (7) with Samen Veilig, where
 * Kees Dekker is the family guardian. Then each role reads who decides: the
 * regisseur's consent page, the mother in the family portal (invited here, as she
 * has no account in the demo) and Kees, who gives consent on the institution's
 * behalf. Lotte ends the authority, and the portal no longer names the institution.
 * The steps change the demo data, so they run in this order, on one screen size;
 * the authority starts in the past and ends yesterday, so other tests find Noah's
 * parents deciding again.
 */
const [DESKTOP] = VIEWPORTS;
const LOTTE = { email: 'lotte.verbeek@wijkteam.example', displayName: 'Lotte Verbeek' };
const KEES = { email: 'kees.dekker@jeugdbescherming.example', displayName: 'Kees Dekker' };
const MELISSA = { name: 'Melissa van den Berg', email: 'melissa.vandenberg@mail.example' };
const FAMILY = 'Gezin van den Berg';
const INSTITUTION = 'Samen Veilig Midden-Nederland';
const NOAH = 'Noah Schouten';
const PORTAL_SAYS = `Voor ${NOAH} beslist nu ${INSTITUTION} over toestemming, omdat de rechter dat heeft bepaald.`;

/** A day relative to today in the Netherlands, as a date field takes it (YYYY-MM-DD). */
function dutchDay(offset: number): string {
  const day = new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(day);
}

async function look(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await screenshot(page, file);
}

async function openNoahAsRegisseur(page: Page): Promise<Locator> {
  await signInAsDemo(page, LOTTE);
  await openMyFamily(page, FAMILY);
  await page.getByRole('link', { name: `Gegevens van ${NOAH} wijzigen` }).click();
  const authority = page.getByRole('region', { name: 'Gezag bij een gecertificeerde instelling' });
  await authority.waitFor();
  return authority;
}

/** The mother's portal consent page, as she reads it. */
async function portalConsents(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('main').getByRole('link', { name: new RegExp(FAMILY) }).click();
  await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
  await page.getByRole('link', { name: 'Toestemming', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Toestemming/ }).waitFor();
  return page.getByRole('main').innerText();
}

describe('parental authority with a certified institution', () => {
  const browser = useBrowser(DESKTOP);
  let melissa: Page | undefined;

  afterAll(async () => {
    await melissa?.context().close();
  });

  it('the regisseur records on the child’s page that Samen Veilig has authority, and her consent page says the institution decides', async () => {
    const { page } = browser;
    const authority = await openNoahAsRegisseur(page);
    await authority.getByText(`Heeft de rechter het gezag over ${NOAH} bij een gecertificeerde instelling gelegd?`, { exact: false }).waitFor();
    expect(await authority.getByLabel('Instelling').inputValue()).not.toBe('');
    await authority.getByLabel('Vanaf welke datum').fill(dutchDay(-30));
    await authority.getByLabel('Uitspraak').fill('C/16/512345 / JE RK 26-101');
    await look(page, 'recording institutional authority', 'institutional-authority-form');
    await authority.getByRole('button', { name: `Vastleggen: het gezag over ${NOAH} ligt bij deze instelling` }).click();
    await authority.getByText(new RegExp(`Het gezag over ${NOAH} ligt bij ${INSTITUTION}, sinds .*De instelling geeft toestemming in plaats van de ouders\\.`)).waitFor();
    await authority.getByRole('button', { name: 'Gezag beëindigen' }).waitFor();

    // The regisseur's consent page: for Noah (under 12) the institution decides, not the parents.
    await page.goto('/');
    await openMyFamily(page, FAMILY);
    await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Toestemming' }).click();
    await page.getByRole('heading', { level: 1, name: `Toestemming: ${FAMILY}` }).waitFor();
    const requirements = page.getByRole('main');
    await requirements.getByText('Jonger dan 12: de gecertificeerde instelling met gezag beslist, omdat de rechter dat heeft bepaald.').first().waitFor();
    expect(await requirements.innerText()).toContain(INSTITUTION);
    await look(page, 'the regisseur’s consent page under institutional authority', 'institutional-authority-consents');
  });

  it('the mother, invited to the portal, reads that Samen Veilig decides about consent for Noah', async () => {
    const { page } = browser;
    await signInAsDemo(page, LOTTE);
    await openMyFamily(page, FAMILY);
    const family = page.getByRole('region', { name: 'Gezin en netwerk', exact: true });
    await family.getByRole('button', { name: `Toegang geven tot het portaal: ${MELISSA.name}` }).click();
    await family.getByLabel(`E-mailadres van ${MELISSA.name}`).fill(MELISSA.email);
    await family.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await family.getByRole('status').filter({ hasText: `${MELISSA.name} krijgt een e-mail` }).waitFor();

    melissa = await openFreshPage(page.context().browser(), DESKTOP);
    await melissa.goto(await activationLinkFor(MELISSA.email));
    await melissa.getByLabel('Nieuw wachtwoord', { exact: true }).fill('noah en mila op woensdag');
    await melissa.getByLabel('Herhaal het wachtwoord', { exact: true }).fill('noah en mila op woensdag');
    await melissa.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await melissa.getByRole('heading', { level: 1, name: `Welkom, ${MELISSA.name}` }).waitFor();

    const consents = await portalConsents(melissa);
    expect(consents).toContain(PORTAL_SAYS);
    // Nothing on the page says the parents decide for Noah.
    expect(consents).not.toContain('de ouders met gezag beslissen');
    await look(melissa, 'the family portal’s consent page under institutional authority', 'institutional-authority-portal');
  });

  it('the institution’s professional is told that Samen Veilig decides and what he can do', async () => {
    const { page } = browser;
    await signInAsDemo(page, KEES);
    await openMyFamily(page, FAMILY);
    await page.getByRole('link', { name: `Toestemming namens ${INSTITUTION}` }).click();
    await page.getByRole('heading', { level: 1, name: `Toestemming: ${FAMILY}` }).waitFor();
    const main = page.getByRole('main');
    await main.getByText(new RegExp(`${INSTITUTION} heeft het gezag over Noah.*Daarom beslist ${INSTITUTION} over toestemming`)).waitFor();
    await main.getByText(/Lotte Verbeek is de regisseur en legt vast waarvoor toestemming nodig is\./).waitFor();
    await look(page, 'the institution’s consent page', 'institutional-authority-kees');
  });

  it('the regisseur ends the authority, and the portal no longer names the institution', async () => {
    const { page } = browser;
    const authority = await openNoahAsRegisseur(page);
    await authority.getByRole('button', { name: 'Gezag beëindigen' }).click();
    await authority.getByLabel('Laatste dag van het gezag').fill(dutchDay(-1));
    await authority.getByRole('button', { name: 'Verder' }).click();
    await authority.getByText(new RegExp(`Het gezag van ${INSTITUTION} over ${NOAH} eindigt na .*Klopt dit\\?`)).waitFor();
    await look(page, 'ending institutional authority', 'institutional-authority-end');
    await authority.getByRole('button', { name: 'Ja, gezag beëindigen' }).click();
    // Ended yesterday: Noah's parents decide again, and the form to record authority is back.
    await authority.getByRole('button', { name: `Vastleggen: het gezag over ${NOAH} ligt bij deze instelling` }).waitFor();

    if (!melissa) throw new Error('The mother signed in in the test before');
    const consents = await portalConsents(melissa);
    expect(consents).not.toContain(INSTITUTION);
  });
});
