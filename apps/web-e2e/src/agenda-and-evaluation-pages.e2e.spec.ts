import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * The pages of a plan's life that a regisseur opens between family meetings,
 * at both sizes: the agenda of the coming weeks across her families (and what
 * a partner sees of the same weeks), planning and holding an evaluation, and
 * the page that closes a plan. Nothing is saved here: the whole life with its
 * saves is whole-plan-life.e2e.spec.ts. Texts are the demo data's
 * (apps/api/src/demo/scenarios/lisanne-and-lars.ts).
 */
const SCHOOL_COUNSELLOR = { email: 'marieke.devries@regenboog.example', displayName: 'Marieke de Vries' };
const DEBT_HELP = 'Sanne gaat met Esther mee naar het eerste gesprek bij de schuldhulpverlening.';
const EVALUATION = 'Evaluatie van het plan met Esther, Ronald, Lars en alle betrokkenen.';

async function look(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, file);
}

async function openAgenda(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Agenda van de komende weken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Agenda van de komende weken' }).waitFor();
  await page.getByRole('main').getByRole('heading', { level: 2, name: /^Week \d+:/ }).first().waitFor();
}

describe.each(VIEWPORTS)('the pages of a plan’s life, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('the agenda shows the coming weeks across my families, each agreement only as far as my task allows', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await openAgenda(page);
    const weeks = page.getByRole('main').getByRole('region', { name: /^Week \d+:/ });
    expect(await weeks.count()).toBe(6);
    const agenda = await page.getByRole('main').innerText();
    expect(agenda).toContain(DEBT_HELP);
    expect(agenda).toContain(EVALUATION);
    await look(page, 'agenda of the regisseur', 'agenda-regisseur');

    // The school counsellor sees that the mother's debt-help agreement exists, by when and who carries it; not what it says.
    await page.context().clearCookies();
    await signInAsDemo(page, SCHOOL_COUNSELLOR);
    await openAgenda(page);
    const hers = await page.getByRole('main').innerText();
    expect(hers).not.toContain(DEBT_HELP);
    expect(hers).toContain('Afspraak die je niet kunt inzien');
    expect(hers).toContain(EVALUATION);
    await look(page, 'agenda of the school counsellor', 'agenda-school');
  });

  it('planning and holding an evaluation: who is invited by name, an outcome per goal, the family’s view', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, 'Gezin Meijer');
    const evaluations = page.getByRole('region', { name: 'Evaluaties' });

    await evaluations.getByRole('button', { name: 'Evaluatie plannen' }).click();
    const invited = evaluations.getByRole('group', { name: 'Welke professionals nodig je uit? (niet verplicht)' });
    await invited.getByRole('checkbox', { name: 'Marieke de Vries (Basisschool De Regenboog)' }).waitFor();
    await evaluations.getByLabel('Wat bespreken jullie?').scrollIntoViewIfNeeded();
    await look(page, 'planning an evaluation', 'evaluation-plan');
    await evaluations.getByRole('button', { name: 'Annuleren' }).click();

    const planned = evaluations.getByRole('listitem').filter({ hasText: EVALUATION });
    await planned.getByRole('button', { name: 'Evaluatie houden' }).click();
    await planned.getByLabel('Wat kwam er uit de evaluatie?').waitFor();
    expect(await planned.getByRole('group', { name: /^Doel: / }).count()).toBeGreaterThan(0);
    await planned.getByLabel('Wat vindt het gezin ervan? (niet verplicht)').waitFor();
    await look(page, 'holding an evaluation', 'evaluation-hold');
    await planned.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('closing a plan asks for the reason and the final evaluation first', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, 'Gezin Meijer');
    await page.getByRole('link', { name: 'Plan afsluiten of weer openen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan afsluiten of heropenen: Gezin Meijer' }).waitFor();
    await page.getByRole('button', { name: 'Plan afsluiten' }).click();
    await page.getByText('Kies waarom je het plan afsluit.').waitFor();
    expect(await page.getByRole('radio', { name: 'De doelen zijn bereikt' }).getAttribute('aria-invalid')).toBe('true');
    await look(page, 'closing a plan, with field errors', 'plan-closing-errors');
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gezin Meijer' }).waitFor();
    // Nothing was closed: the plan can still be added to.
    await page.getByRole('region', { name: 'Doelen' }).getByRole('button', { name: 'Doel toevoegen' }).waitFor();
  });
});
