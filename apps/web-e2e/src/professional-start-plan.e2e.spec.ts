import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Scenario 2 of the domain brief, from the start: a family asks the
 * neighbourhood team for help, so there is no signal and no match. Sanne
 * Jansen starts the plan herself with its first members, becomes regisseur,
 * then adds a baby and the grandmother from the network, and corrects a
 * parent's details.
 */
async function checkPage(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, file);
}

/**
 * Other dates of birth on each screen size: the server keeps its data, and the same
 * people twice would (rightly) be flagged as already having a plan.
 */
const BORN = {
  desktop: { fatima: '1994-05-12', sara: '2019-02-03', youssef: '2025-07-01' },
  phone: { fatima: '1993-08-21', sara: '2018-11-30', youssef: '2025-06-02' },
} as const;

/** Types the way a person does: clicks into the field, then types. */
async function type(scope: Pick<Page, 'getByLabel'>, label: string, text: string): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  await field.click();
  await field.pressSequentially(text);
}

describe.each(VIEWPORTS)('a regisseur starting a family plan, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('starts the plan with its first members, then adds a family member and a network member', async () => {
    const { page } = browser;
    const family = `Gezin Bakker (${viewport.name})`;
    await signInAsDemo(page, REGISSEUR);

    await page.getByRole('region', { name: 'Nieuw gezinsplan' }).getByRole('link', { name: 'Nieuw gezinsplan starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw gezinsplan starten' }).waitFor();
    await page.getByRole('button', { name: 'Gezinsplan starten' }).click();
    await page.getByText('Vul de naam van het gezin in.').waitFor();
    expect(await page.getByLabel('Naam van het gezin').evaluate((element) => element === document.activeElement)).toBe(true);
    await checkPage(page, 'starting a plan, with field errors', 'professional-start-plan-errors');

    await type(page, 'Naam van het gezin', family);
    const first = page.getByRole('group', { name: 'Gezinslid 1' });
    await type(first, 'Voornaam', 'Fatima');
    await type(first, 'Achternaam', 'Bakker');
    await first.getByLabel('Geboortedatum').fill(BORN[viewport.name].fatima);
    await page.getByRole('button', { name: 'Nog een gezinslid toevoegen' }).click();
    const second = page.getByRole('group', { name: 'Gezinslid 2' });
    await type(second, 'Voornaam', 'Sara');
    await second.getByLabel('Geboortedatum').fill(BORN[viewport.name].sara);
    await type(page, 'Jouw taak bij dit gezin', 'Regie en praktische hulp bij de opvoeding');
    await checkPage(page, 'starting a plan, filled in', 'professional-start-plan');
    await page.getByRole('button', { name: 'Gezinsplan starten' }).click();

    await page.getByRole('heading', { level: 1, name: family }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Het gezinsplan is gestart. Jij bent de regisseur' }).waitFor();
    expect(await page.locator('header.family-plan-header').innerText()).toContain('Je bent de regisseur van dit gezin');
    const people = page.getByRole('region', { name: 'Gezin en netwerk' });
    expect(await people.innerText()).toContain('Sara Bakker');

    await people.getByRole('link', { name: 'Gezinslid toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: `Gezinslid toevoegen aan ${family}` }).waitFor();
    await page.getByLabel('Voornaam').pressSequentially('Youssef');
    await page.getByLabel('Geboortedatum').fill(BORN[viewport.name].youssef);
    await checkPage(page, 'adding a family member', 'professional-add-family-member');
    await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Youssef Bakker is toegevoegd aan het gezin.' }).waitFor();
    expect(await people.getByRole('listitem').filter({ hasText: 'Youssef Bakker' }).innerText()).toContain('kind');

    await people.getByRole('link', { name: 'Netwerklid toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: `Netwerklid toevoegen aan ${family}` }).waitFor();
    await page.getByLabel('Naam', { exact: true }).pressSequentially('Oma Ria');
    await type(page, 'Wie is dit voor het gezin?', 'oma');
    await type(page, 'Telefoonnummer (niet verplicht)', '06-98765432');
    await checkPage(page, 'adding a network member', 'professional-add-network-member');
    await page.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Oma Ria is toegevoegd aan het netwerk.' }).waitFor();
    expect(await people.getByRole('listitem').filter({ hasText: 'Oma Ria' }).innerText()).toContain('oma');

    await people.getByRole('link', { name: 'Gegevens van Fatima Bakker wijzigen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gegevens van Fatima Bakker wijzigen' }).waitFor();
    expect(await page.getByLabel('Heeft gezag', { exact: false }).isChecked()).toBe(true);
    await page.getByLabel('Woont thuis').uncheck();
    await checkPage(page, 'correcting a family member', 'professional-edit-family-member');
    await page.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'De gegevens van Fatima Bakker zijn opgeslagen.' }).waitFor();
    expect(await people.getByRole('listitem').filter({ hasText: 'Fatima Bakker' }).innerText()).toContain('woont niet thuis');
    await checkPage(page, 'the new plan with its people', 'professional-new-plan');
  });
});
