import { Browser, Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';
import { baseUrl } from './support/workspace';

/**
 * Scenario 1 of the domain brief from the regisseur's side: Sanne Jansen sees
 * what needs attention, opens the family, records an agreement and sees it
 * in the plan; she also handles conflicting edits, and has the consent page,
 * the access log and the handover page. Texts are the demo data's
 * (apps/api/src/demo/scenarios/lisanne-and-lars.ts).
 */
const OVERDUE = 'Esther maakt met de moeder van een klasgenoot een speelafspraak voor Lisanne.';
const NOT_KEPT = 'Esther meldt zich aan bij de schuldhulpverlening van de gemeente.';

/** A date a month from now, as a date field takes it. */
function aMonthFromNow(): string {
  return new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function signInAsRegisseur(page: Page): Promise<void> {
  await signInAsDemo(page, REGISSEUR);
}

async function openFamily(page: Page, name: string): Promise<void> {
  await page.getByRole('region', { name: 'Mijn gezinnen', exact: true }).getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** Adds an agreement the way a person does; returns its list item. */
async function addAgreement(page: Page, text: string) {
  const agreements = page.getByRole('region', { name: 'Afspraken' });
  await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
  const what = agreements.getByLabel('Wat wordt er gedaan?');
  await what.click();
  await what.pressSequentially(text);
  await agreements.getByLabel('Wie doet het?').selectOption({ label: 'Marieke de Vries (Basisschool De Regenboog)' });
  await agreements.getByLabel('Uiterlijk op').fill(aMonthFromNow());
  await agreements.getByLabel('Hoort bij doel (niet verplicht)').selectOption({ label: 'Lisanne speelt elke week met een klasgenoot.' });
  await agreements.getByRole('checkbox', { name: 'Lisanne Meijer' }).check();
  await agreements.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await agreements.getByRole('status').filter({ hasText: 'De afspraak is toegevoegd.' }).waitFor();
  return agreements.getByRole('listitem').filter({ hasText: text });
}

describe.each(VIEWPORTS)('the regisseur in scenario 1, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('sees on her overview what needs attention, and goes from an overdue agreement straight to it', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);

    const families = page.getByRole('region', { name: 'Mijn gezinnen', exact: true });
    const meijer = families.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Gezin Meijer' }) });
    expect(await meijer.innerText()).toContain('Regisseur');
    const attention = page.getByRole('region', { name: 'Afspraken die aandacht nodig hebben' });
    const overdue = attention.getByRole('listitem').filter({ hasText: OVERDUE });
    expect(await overdue.innerText()).toContain('Te laat');
    expect(await attention.getByRole('listitem').filter({ hasText: NOT_KEPT }).innerText()).toContain('Niet nagekomen');
    const evaluations = await page.getByRole('region', { name: 'Evaluaties: te laat en de komende 14 dagen' }).innerText();
    expect(evaluations).toContain('Evaluatie van het plan met Esther, Ronald, Lars en alle betrokkenen.');
    await checkAccessibility(page, 'overview of the regisseur');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-overview-regisseur');

    await overdue.getByRole('link', { name: OVERDUE }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Meijer' }).waitFor();
    // The person lands on the agreement itself, not at the top of a long page.
    await page.waitForFunction(() => document.activeElement?.id.startsWith('item-') ?? false);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain(OVERDUE);
    expect(await page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Te laat');
  });

  it('adds an agreement, with every problem shown next to its field first, and sees it in the plan', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);
    await openFamily(page, 'Gezin Meijer');
    expect(await page.locator('header.family-plan-header').innerText()).toContain('Je bent de regisseur van dit gezin');

    const agreements = page.getByRole('region', { name: 'Afspraken' });
    await agreements.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await agreements.getByRole('button', { name: 'Afspraak opslaan' }).click();
    await agreements.getByText('Beschrijf wat er wordt gedaan.').waitFor();
    expect(await agreements.getByText('Kies wie de afspraak uitvoert.').count()).toBe(1);
    expect(await agreements.getByText('Vul een datum in.').count()).toBe(1);
    expect(await agreements.getByLabel('Wat wordt er gedaan?').getAttribute('aria-invalid')).toBe('true');
    // The focus lands on the first marked field of the form, once its message is on screen.
    await page.waitForFunction(() => document.activeElement?.closest('form')?.querySelector('[aria-invalid="true"]') === document.activeElement);
    expect(await agreements.getByLabel('Wat wordt er gedaan?').evaluate((element) => element === document.activeElement)).toBe(true);
    await checkAccessibility(page, 'adding an agreement, with field errors');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-add-agreement-errors');
    await agreements.getByRole('button', { name: 'Annuleren' }).click();

    const text = `Marieke bespreekt het maatjesproject met Lisanne en haar moeder (${viewport.name}).`;
    const added = await addAgreement(page, text);
    const item = await added.innerText();
    expect(item).toContain('Marieke de Vries (Basisschool De Regenboog)');
    expect(item).toContain('Lisanne speelt elke week met een klasgenoot.');
    expect(item).toContain('Open');
    expect(item).toMatch(/Uiterlijk\s+\d{1,2} \w+ \d{4}/);

    await checkAccessibility(page, 'family plan of the regisseur');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-plan-regisseur');
  });

  it('shows a clear message when someone else changed the item, and lets her save her version over theirs', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);
    await openFamily(page, 'Gezin Meijer');
    const text = `Marieke houdt bij hoe vaak Lisanne met haar maatje speelt (${viewport.name}).`;
    const mine = await addAgreement(page, text);

    // Start changing it here…
    await mine.getByRole('button', { name: 'Wijzigen' }).click();
    const field = mine.getByLabel('Wat wordt er gedaan?');
    await field.fill(`${text} Elke vrijdag.`);

    // …while the same agreement is changed and saved in another session.
    const other = await otherSession(page.context().browser());
    await signInAsRegisseur(other);
    await openFamily(other, 'Gezin Meijer');
    const theirs = other.getByRole('region', { name: 'Afspraken' }).getByRole('listitem').filter({ hasText: text });
    await theirs.getByRole('button', { name: 'Wijzigen' }).click();
    await theirs.getByLabel('Wat wordt er gedaan?').fill(`${text} Elke maandag.`);
    await theirs.getByRole('button', { name: 'Opslaan' }).click();
    await theirs.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' }).waitFor();
    await other.context().close();

    await mine.getByRole('button', { name: 'Opslaan' }).click();
    const notice = mine.getByRole('alert');
    await notice.waitFor();
    const said = await notice.innerText();
    expect(said).toContain('Iemand anders heeft dit intussen gewijzigd.');
    expect(said).toContain(`${text} Elke maandag.`);
    expect(await field.inputValue()).toBe(`${text} Elke vrijdag.`);
    await checkAccessibility(page, 'an edit that conflicts with another');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-edit-conflict');

    await mine.getByRole('button', { name: 'Mijn versie opslaan' }).click();
    await mine.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' }).waitFor();
    expect(await mine.innerText()).toContain(`${text} Elke vrijdag.`);
  });

  it('asks before leaving a form with unsaved input', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);
    await openFamily(page, 'Gezin Meijer');
    const logbook = page.getByRole('region', { name: 'Logboek' });
    await logbook.getByRole('button', { name: 'In het logboek schrijven' }).click();
    await logbook.getByLabel('Wat is er gedaan of opgevallen?').fill('Half af');

    await page.getByRole('link', { name: 'Terug naar mijn overzicht' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wijzigingen niet opgeslagen' });
    await dialog.waitFor();
    await checkAccessibility(page, 'leaving a page with unsaved input');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-unsaved-changes');
    await dialog.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    expect(await logbook.getByLabel('Wat is er gedaan of opgevallen?').inputValue()).toBe('Half af');

    await page.getByRole('link', { name: 'Terug naar mijn overzicht' }).click();
    await dialog.getByRole('button', { name: 'Pagina verlaten zonder opslaan' }).click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${REGISSEUR.displayName}` }).waitFor();
  });

  it('has the consent page: who must consent today, by name, and what was recorded', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);
    await openFamily(page, 'Gezin Meijer');
    await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Toestemming' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toestemming: Gezin Meijer' }).waitFor();

    const requirements = page.getByRole('region', { name: 'Wie moet toestemming geven?' });
    const lisanne = await requirements.getByRole('listitem').filter({ hasText: 'Lisanne Meijer' }).innerText();
    expect(lisanne).toContain('Jonger dan 12: de ouders met gezag beslissen.');
    expect(lisanne).toContain('Esther de Graaf en Ronald Meijer');
    const lars = await requirements.getByRole('listitem').filter({ hasText: 'Lars Meijer' }).innerText();
    expect(lars).toContain('12 tot 16 jaar');
    expect(lars).toMatch(/Esther de Graaf, Ronald Meijer en Lars Meijer|Ronald Meijer, Esther de Graaf en Lars Meijer/);

    const recorded = page.getByRole('region', { name: 'Vastgelegde toestemming' });
    const forLisanne = await recorded.getByRole('listitem').filter({ hasText: 'Marieke de Vries (Basisschool De Regenboog)' }).innerText();
    expect(forLisanne).toContain('Geldig');
    expect(forLisanne).toContain('Esther de Graaf');
    await page.getByRole('region', { name: 'Toestemming vastleggen' }).getByLabel('Over wie gaat de informatie?').waitFor();

    await checkAccessibility(page, 'consent page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-consent');
  });

  it('has the access log, newest first, with who and on which basis', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);
    await openFamily(page, 'Gezin Meijer');
    await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Wie heeft het plan ingezien' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie heeft het plan van Gezin Meijer ingezien' }).waitFor();
    const log = await page.getByRole('main').innerText();
    expect(log).toContain('Sanne Jansen (Wijkteam Utrecht Centrum)');
    expect(log).toContain('Bekeken: het plan');
    expect(log).toContain('Grond: als regisseur');
    await checkAccessibility(page, 'access log');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-access-log');
  });

  it('adopts the plan as a version and reads that version as it was', async () => {
    const { page } = browser;
    await signInAsRegisseur(page);
    await openFamily(page, 'Gezin Meijer');
    const versions = page.getByRole('region', { name: 'Vastgestelde versies' });
    const adopt = versions.getByRole('button', { name: /^Plan vaststellen als versie \d+$/ });
    const number = Number(((await adopt.innerText()).match(/\d+$/) ?? ['0'])[0]);
    await versions.getByLabel('Toelichting (niet verplicht)').fill(`Besproken met Esther en Ronald (${viewport.name}).`);
    await adopt.click();
    await versions.getByRole('status').filter({ hasText: `Versie ${number} is vastgesteld.` }).waitFor();

    await versions.getByRole('link', { name: `Versie ${number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Gezin Meijer: vastgestelde versie ${number}` }).waitFor();
    const main = await page.getByRole('main').innerText();
    expect(main).toContain(`Besproken met Esther en Ronald (${viewport.name}).`);
    expect(main).toContain('Lisanne speelt elke week met een klasgenoot.');
    // An adopted version is read, never changed.
    expect(await page.getByRole('button', { name: 'Wijzigen' }).count()).toBe(0);
    await checkAccessibility(page, 'adopted version');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-adopted-version');
  });
});

/** A second, separate browser session on the same server. */
async function otherSession(browser: Browser | null): Promise<Page> {
  if (!browser) throw new Error('The page has no browser');
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}
