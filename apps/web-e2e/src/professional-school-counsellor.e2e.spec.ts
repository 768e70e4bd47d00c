import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Scenario 1 of the domain brief from the school's side: Lisanne's school
 * counsellor reads what her task needs, in full, and of the GGZ treatment of
 * Lisanne's mother only that it exists and whom to ask. Texts are the demo
 * data's (apps/api/src/demo/scenarios/lisanne-and-lars.ts).
 */
const MARIEKE = { email: 'marieke.devries@regenboog.example', displayName: 'Marieke de Vries' };

/** Marieke's own logbook entries and situation, about Lisanne, in the school category. */
const SCHOOL_ITEMS = [
  'Lisanne stak vandaag bij rekenen twee keer haar vinger op.',
  'Lisanne doet mee aan het maatjesproject.',
  'Lisanne is sinds de zomer erg stil in de klas.',
];
/** GGZ's treatment notes about Esther: their content never reaches the school. */
const GGZ_NOTES = ['De stemming van Esther wisselt sterk', 'signaleringsplan', 'Esther is bang dat het weer misgaat'];
const GGZ_LINE = /^Er is informatie van GGZ Midden-Nederland over Esther de Graaf; neem contact op met Sanne Jansen\./;

async function signInAs(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await signInAsDemo(page, account);
}

describe.each(VIEWPORTS)('the school counsellor in scenario 1, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('lands on her overview, with her family and her open agreements, and no regisseur’s lists', async () => {
    const { page } = browser;
    await signInAs(page, MARIEKE);

    const families = page.getByRole('region', { name: 'Mijn gezinnen', exact: true });
    await families.getByRole('link', { name: 'Gezin Meijer' }).waitFor();
    expect(await families.innerText()).toContain('School: hoe het met Lisanne gaat in de klas en met klasgenoten');
    expect(await families.getByText('Regisseur', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Afspraken die aandacht nodig hebben' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Mijn open afspraken' }).waitFor();

    await checkAccessibility(page, 'overview of a school counsellor');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-overview-school');
  });

  it('reads Lisanne’s school items in full and of the GGZ information only whom to ask', async () => {
    const { page } = browser;
    await signInAs(page, MARIEKE);
    await openMyFamily(page, 'Gezin Meijer');
    expect(new URL(page.url()).pathname).toMatch(/^\/gezinnen\/[0-9a-f-]{36}$/);
    expect(await page.title()).toBe('Gezin Meijer – Gezinsplan');

    const header = await page.locator('header.family-plan-header').innerText();
    expect(header).toContain('Je taak: School: hoe het met Lisanne gaat in de klas en met klasgenoten');
    expect(header).toContain('Regisseur: Sanne Jansen (Wijkteam Utrecht Centrum)');

    const main = page.getByRole('main');
    const text = await main.innerText();
    for (const item of SCHOOL_ITEMS) expect(text).toContain(item);
    for (const note of GGZ_NOTES) expect(text).not.toContain(note);

    const logbook = page.getByRole('region', { name: 'Logboek' });
    const ggz = logbook.locator('.redaction-notice').filter({ hasText: 'GGZ Midden-Nederland' });
    expect(await ggz.count()).toBe(1);
    const line = await ggz.locator('p').first().innerText();
    expect(line).toMatch(GGZ_LINE);
    expect(line).toContain('(3 onderdelen)');
    expect(await ggz.getByRole('link', { name: 'sanne.jansen@wijkteam.example' }).getAttribute('href')).toBe(
      'mailto:sanne.jansen@wijkteam.example',
    );

    // The mother's debt agreement: that it exists, who carries it, its category, whom it is
    // about and by when, never what it says, whether it was kept or why not.
    const agreements = page.getByRole('region', { name: 'Afspraken' });
    const stubs = agreements.locator('.plan-item--stub');
    for (const text of await stubs.allInnerTexts()) expect(text).not.toMatch(/Status|Niet nagekomen|Te laat|Gedaan/);
    const debt = stubs.filter({ hasText: 'Financiën' }).first();
    const stub = await debt.innerText();
    expect(stub).toContain('Er is een afspraak die je niet kunt inzien. Wil je weten wat erin staat? Neem contact op met Sanne Jansen.');
    expect(stub).toMatch(/Wie\s+Esther de Graaf \(gezin\)/);
    expect(stub).toMatch(/Over\s+Esther de Graaf/);
    expect(stub).toMatch(/Uiterlijk\s+\S/);
    const agreementsText = await agreements.innerText();
    expect(agreementsText).not.toContain('schuldhulpverlening');
    expect(agreementsText).not.toContain('Esther zag erg op tegen het gesprek');

    // Who is involved is for everyone involved: GGZ is listed with whom it helps, not what for.
    const involved = await page.getByRole('region', { name: 'Wie is betrokken' }).innerText();
    expect(involved).toContain('GGZ Midden-Nederland');
    expect(involved).not.toContain('behandeling van Esther');
    expect(involved).toContain('Niet gedeeld met jouw taak');

    // What the school may not change: no goals, and no actions on the regisseur's goals.
    expect(await page.getByRole('button', { name: 'Doel toevoegen' }).count()).toBe(0);
    const goals = page.getByRole('region', { name: 'Doelen' });
    expect(await goals.getByRole('button', { name: 'Wijzigen' }).count()).toBe(0);
    // Her own agreement, assigned to her involvement, is hers to mark.
    const own = page
      .getByRole('region', { name: 'Afspraken' })
      .getByRole('listitem')
      .filter({ hasText: 'Marieke zet Lisanne in het maatjesproject' });
    await own.getByRole('button', { name: 'Wijzigen' }).waitFor();

    await checkAccessibility(page, 'family plan of a school counsellor');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-plan-school');
  });
});
