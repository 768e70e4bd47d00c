import { Locator, Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * The first part of scenario 1 of the domain brief, before there is a plan:
 * GGZ (Eva Smit) signalled Lisanne and Lars months ago, the police (Tom van
 * Dijk) signalled Lars. Lisanne's school counsellor registers a signal and
 * sees the match; so does Lars's, in another town; then one of them starts a
 * family plan from the match with the regisseur the rule proposes. The demo's
 * signals are in apps/api/src/demo/scenarios/lisanne-and-lars-signals.ts.
 *
 * Registering changes the server's data for good, so this runs once, at
 * desktop size, and looks at every page at phone size as well. The tests in
 * this file build on each other, in order; nothing else on the server uses
 * these signals, and the family plan started here is called "Gezin De Graaf",
 * apart from the demo's "Gezin Meijer".
 */
const MARIEKE = { email: 'marieke.devries@regenboog.example', displayName: 'Marieke de Vries' };
const PETER = { email: 'peter.bakker@stedelijk.example', displayName: 'Peter Bakker' };

const ADDRESS = { street: 'Kastanjelaan', houseNumber: '27', postcode: '3552 TK', city: 'Utrecht' };
const MOTHER_BSN = '999991206';
const LISANNE = { bsn: '999991103', givenName: 'Lisanne', familyName: 'Meijer', age: 9 };
const LARS = { bsn: '999991504', givenName: 'Lars', familyName: 'Meijer', age: 15 };
/** Lisanne's BSN with its last digit changed: nine digits that fail the eleven-test. */
const NOT_A_BSN = '999991104';
const FAMILY_NAME = 'Gezin De Graaf';

const [DESKTOP, PHONE] = VIEWPORTS;

/** Today in the Netherlands, YYYY-MM-DD, as a date field takes it. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

/** A date of birth for someone of that age, well away from their birthday. */
function bornYearsAgo(years: number): string {
  const day = new Date();
  day.setUTCFullYear(day.getUTCFullYear() - years);
  day.setUTCDate(day.getUTCDate() - 100);
  return day.toISOString().slice(0, 10);
}

async function signInAs(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await signInAsDemo(page, account);
}

/** Checks the page with axe at desktop and phone width, with a screenshot of each. */
async function lookAt(page: Page, name: string): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await checkAccessibility(page, `${name} (${viewport.name})`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, name);
  }
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
}

/** Types the way a person does: clicks into the field, then types. */
async function type(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.fill('');
  await field.pressSequentially(text);
}

async function openSignals(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Signalen' }).getByRole('link', { name: 'Naar mijn signalen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Signalen' }).waitFor();
}

/** Fills in the signal form for one young person at the family's address, as a school counsellor. */
async function fillInSignal(page: Page, person: { bsn: string; givenName: string; familyName: string; age: number }, phone: string) {
  const form = page.locator('form.signal-form');
  await type(form.getByLabel('BSN', { exact: true }), person.bsn);
  await type(form.getByLabel('Voornaam', { exact: true }), person.givenName);
  await type(form.getByLabel('Achternaam', { exact: true }), person.familyName);
  await form.getByLabel('Geboortedatum', { exact: true }).fill(bornYearsAgo(person.age));
  await type(form.getByLabel('Straat', { exact: true }), ADDRESS.street);
  await type(form.getByLabel('Huisnummer', { exact: true }), ADDRESS.houseNumber);
  await type(form.getByLabel('Postcode', { exact: true }), ADDRESS.postcode);
  await type(form.getByLabel('Woonplaats', { exact: true }), ADDRESS.city);
  await type(form.getByLabel('BSN ouder 1', { exact: true }), MOTHER_BSN);
  await form.getByRole('radio', { name: 'Onderwijs' }).check();
  await type(form.getByLabel('Jouw telefoonnummer', { exact: true }), phone);
  await form.getByRole('radio', { name: 'Ja, ze zijn het verteld' }).check();
  await form.getByLabel('Verteld op', { exact: true }).fill(today());
}

/** The organisations listed in a list of signals, in order. */
async function organisationsIn(list: Locator): Promise<string[]> {
  return list.locator(':scope > li .signal__organisation strong').allInnerTexts();
}

describe('scenario 1 before the plan: signals, the match, and a plan from it', () => {
  const browser = useBrowser(DESKTOP);

  it('Lisanne’s school counsellor finds nothing by BSN, is told a wrong BSN fails the eleven-test, registers, and sees the match', async () => {
    const { page } = browser;
    await signInAs(page, MARIEKE);
    await lookAt(page, 'signals-home-link');
    await openSignals(page);
    await page.getByRole('region', { name: 'Mijn signalen' }).getByText(/^Je hebt geen actieve signalen\./).waitFor();
    await lookAt(page, 'signals-empty');

    // GGZ signalled Lisanne, but without a signal of her own the look-up tells Marieke nothing about that.
    await page.getByRole('link', { name: 'Zoeken op BSN' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken op BSN' }).waitFor();
    await type(page.getByLabel('BSN', { exact: true }), LISANNE.bsn);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const result = page.getByRole('region', { name: 'Resultaat' });
    await result.getByText('Je hebt geen signaal voor dit BSN.', { exact: false }).waitFor();
    expect(await result.innerText()).not.toContain('GGZ');
    await lookAt(page, 'signals-look-up-nothing');

    await result.getByRole('link', { name: 'Signaal afgeven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaal afgeven' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain('Schrijf niets over wat er aan de hand is');
    await fillInSignal(page, { ...LISANNE, bsn: NOT_A_BSN }, '030 300 4455');
    await page.getByRole('button', { name: 'Signaal afgeven' }).click();
    const bsnField = page.getByLabel('BSN', { exact: true });
    await page.getByText('Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.').waitFor();
    expect(await bsnField.getAttribute('aria-invalid')).toBe('true');
    expect(await bsnField.evaluate((element) => element === document.activeElement)).toBe(true);
    await lookAt(page, 'signals-register-bsn-error');

    await type(bsnField, LISANNE.bsn);
    await page.getByRole('button', { name: 'Signaal afgeven' }).click();
    const done = page.getByRole('region', { name: 'Je signaal is afgegeven' });
    await done.waitFor();
    expect(await done.innerText()).toContain('Er is een match');
    const card = done.getByRole('article', { name: 'Lisanne Meijer' });
    expect(await organisationsIn(card.locator('.match-card__part').first().locator('ul'))).toEqual([
      'GGZ Midden-Nederland',
      'Basisschool De Regenboog',
    ]);
    const involved = await card.innerText();
    expect(involved).toContain('Eva Smit');
    expect(involved).toContain('030 200 1122');
    expect(involved).toContain('eva.smit@ggz.example');
    expect(involved).toContain('Geestelijke gezondheid');
    // Through the household: her brother Lars, with GGZ and the police.
    const lars = card.locator('.match-card__sibling').filter({ hasText: 'Signalen over Lars Meijer' });
    expect(await organisationsIn(lars.locator('ul'))).toEqual(['GGZ Midden-Nederland', 'Politie Eenheid Midden-Nederland']);
    expect(await lars.innerText()).toContain('Politie en justitie');
    await lookAt(page, 'signals-register-match');
  });

  it('Lars’s school counsellor registers Lars and sees GGZ and the police, and Lisanne with Marieke’s signal', async () => {
    const { page } = browser;
    await signInAs(page, PETER);
    await openSignals(page);
    await page.getByRole('link', { name: 'Signaal afgeven' }).click();
    await page.getByRole('heading', { level: 1, name: 'Signaal afgeven' }).waitFor();
    await fillInSignal(page, LARS, '033 400 5566');
    await lookAt(page, 'signals-register-form');
    await page.getByRole('button', { name: 'Signaal afgeven' }).click();

    const card = page.getByRole('region', { name: 'Je signaal is afgegeven' }).getByRole('article', { name: 'Lars Meijer' });
    await card.waitFor();
    expect(await organisationsIn(card.locator('.match-card__part').first().locator('ul'))).toEqual([
      'GGZ Midden-Nederland',
      'Politie Eenheid Midden-Nederland',
      'Stedelijk College Amersfoort',
    ]);
    const text = await card.innerText();
    expect(text).toContain('Tom van Dijk');
    expect(text).toContain('06 1200 3344');
    const lisanne = card.locator('.match-card__sibling').filter({ hasText: 'Signalen over Lisanne Meijer' });
    expect(await organisationsIn(lisanne.locator('ul'))).toEqual(['GGZ Midden-Nederland', 'Basisschool De Regenboog']);
    expect(await lisanne.innerText()).toContain('Marieke de Vries');
    await lookAt(page, 'signals-register-match-lars');
  });

  it('Lisanne’s counsellor now sees Lars’s school in the match, and marks her new match read', async () => {
    const { page } = browser;
    await signInAs(page, MARIEKE);
    await page.getByRole('region', { name: 'Signalen' }).getByText('1 nieuwe match', { exact: true }).waitFor();
    await openSignals(page);

    const card = page.getByRole('article', { name: 'Lisanne Meijer' });
    const lars = card.locator('.match-card__sibling').filter({ hasText: 'Signalen over Lars Meijer' });
    await lars.waitFor();
    expect(await organisationsIn(lars.locator('ul'))).toEqual([
      'GGZ Midden-Nederland',
      'Politie Eenheid Midden-Nederland',
      'Stedelijk College Amersfoort',
    ]);
    const news = page.getByRole('region', { name: 'Nieuwe matches' });
    expect(await news.innerText()).toContain('Eva Smit (GGZ Midden-Nederland)');
    await lookAt(page, 'signals-page-match');

    await news.getByRole('button', { name: /^Markeer als gelezen: / }).click();
    await news.getByText('Je hebt alle nieuwe matches gelezen.').waitFor();
  });

  it('starts one family plan from the match, proposing the regisseur the rule proposes, and lands on it', async () => {
    const { page } = browser;
    await signInAs(page, PETER);
    await openSignals(page);
    await page.getByRole('article', { name: 'Lars Meijer' }).getByRole('link', { name: 'Gezinsplan starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezinsplan starten voor Lars Meijer' }).waitFor();

    expect(await page.getByRole('checkbox', { name: /^Lars Meijer, geboren / }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /^Lisanne Meijer, geboren / }).isChecked()).toBe(true);
    await type(page.getByLabel('Naam van het gezin', { exact: true }), FAMILY_NAME);
    await page.getByRole('button', { name: 'Ouder of huisgenoot toevoegen' }).click();
    const esther = page.getByRole('group', { name: 'Persoon 1' });
    await type(esther.getByLabel('Voornaam', { exact: true }), 'Esther');
    await type(esther.getByLabel('Achternaam', { exact: true }), 'de Graaf');
    await esther.getByLabel('Geboortedatum', { exact: true }).fill(bornYearsAgo(41));
    expect(await esther.getByRole('checkbox', { name: 'Heeft het gezag' }).isChecked()).toBe(true);

    // School, GGZ and the police are none of youth protection, Veilig Thuis or the neighbourhood team:
    // the rule falls back on the earliest signal, GGZ's, months before the others.
    const regisseur = page.getByRole('region', { name: 'Regisseur', exact: true });
    await regisseur.getByText('Voorstel volgens de regel: Eva Smit (GGZ Midden-Nederland)').waitFor();
    const why = await regisseur.innerText();
    expect(why).toContain('De regel: eerst jeugdbescherming, dan Veilig Thuis, dan wijkteam; daarna alle anderen.');
    expect(why).toMatch(/Geen van de betrokken organisaties staat in die volgorde\. Daarom is het vroegste signaal voorgesteld: Eva Smit, sinds \d{1,2} \w+ \d{4}\./);
    expect(await regisseur.getByRole('radio', { name: 'Eva Smit, GGZ Midden-Nederland (voorstel)' }).isChecked()).toBe(true);
    const involved = await page.getByRole('region', { name: 'Wie worden bij het plan betrokken' }).innerText();
    for (const name of ['Eva Smit', 'Tom van Dijk', 'Marieke de Vries', 'Peter Bakker']) expect(involved).toContain(name);

    await page.getByRole('button', { name: 'Gezinsplan starten' }).click();
    const confirm = regisseur.getByRole('checkbox', { name: /^Ik heb de keuze van de regisseur met de betrokken professionals besproken/ });
    await regisseur.getByText('Bevestig dat de keuze van de regisseur met de betrokken professionals is afgesproken.').waitFor();
    expect(await confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    await lookAt(page, 'signals-start-plan');

    await confirm.check();
    await page.getByRole('button', { name: 'Gezinsplan starten' }).click();
    await page.getByRole('heading', { level: 1, name: FAMILY_NAME }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/gezinnen\/[0-9a-f-]{36}$/);
    const header = await page.locator('header.family-plan-header').innerText();
    // Peter started the plan and is responsible until Eva accepts (issue 12, item 5).
    expect(header).toContain('Je bent de regisseur van dit gezin');
    await page.getByText('Voorgesteld aan Eva Smit, wacht op akkoord.').waitFor();
    const everyone = await page.getByRole('region', { name: 'Wie is betrokken' }).innerText();
    for (const organisation of ['GGZ Midden-Nederland', 'Politie Eenheid Midden-Nederland', 'Basisschool De Regenboog', 'Stedelijk College Amersfoort']) {
      expect(everyone).toContain(organisation);
    }
    expect(everyone).toContain('Signaal: onderwijs');
    await lookAt(page, 'signals-plan-started');

    // Back at the signals, the match points to its plan.
    await page.goto('/signalen');
    const card = page.getByRole('article', { name: 'Lars Meijer' });
    await card.getByText('Er is een gezinsplan gestart vanuit deze match.').waitFor();
    await card.getByRole('link', { name: 'Naar het gezinsplan' }).click();
    await page.getByRole('heading', { level: 1, name: FAMILY_NAME }).waitFor();
  });
});
