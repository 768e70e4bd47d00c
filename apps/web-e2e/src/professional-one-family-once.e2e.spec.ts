import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * One family, one plan (issue 15): Sanne Jansen starts a plan for a family
 * with a child whose BSN she knows. Later Ahmed El Amrani, of the same
 * neighbourhood team, is about to start a plan for that child too. Before
 * anything is created, the form shows the existing plan and whom to ask to be
 * involved, and starts nothing. A different child on each screen size, since
 * the server keeps its data.
 */
const AHMED = { email: 'ahmed.elamrani@wijkteam.example', displayName: 'Ahmed El Amrani' };
const CHILD = {
  desktop: { givenName: 'Mila', bsn: '999992004', dateOfBirth: '2018-04-04' },
  phone: { givenName: 'Fenna', bsn: '999992016', dateOfBirth: '2017-09-12' },
} as const;

async function startPlan(page: Page, family: string, child: { givenName: string; bsn: string; dateOfBirth: string }): Promise<void> {
  await page.getByRole('region', { name: 'Nieuw gezinsplan' }).getByRole('link', { name: 'Nieuw gezinsplan starten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuw gezinsplan starten' }).waitFor();
  await page.getByLabel('Naam van het gezin').fill(family);
  const first = page.getByRole('group', { name: 'Gezinslid 1' });
  await first.getByLabel('Voornaam').fill(child.givenName);
  await first.getByLabel('Achternaam').fill('Mulder');
  await first.getByLabel('Geboortedatum').fill(child.dateOfBirth);
  await first.getByLabel('Rol in het gezin').selectOption({ label: 'Kind' });
  await first.getByLabel('BSN (niet verplicht)').fill(child.bsn);
  await page.getByLabel('Jouw taak bij dit gezin').fill('Regie en opvoedondersteuning');
  await page.getByRole('button', { name: 'Gezinsplan starten' }).click();
}

describe.each(VIEWPORTS)('one family, one plan, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('shows the existing plan and its regisseur instead of starting a second plan for the same child', async () => {
    const { page } = browser;
    const child = CHILD[viewport.name];
    const name = `${child.givenName} Mulder`;

    await signInAsDemo(page, REGISSEUR);
    await startPlan(page, `Gezin Mulder (${viewport.name})`, child);
    await page.getByRole('heading', { level: 1, name: `Gezin Mulder (${viewport.name})` }).waitFor();

    await page.context().clearCookies();
    await signInAsDemo(page, AHMED);
    const second = `Gezin ${child.givenName} (${viewport.name})`;
    await startPlan(page, second, child);

    // Nothing is started: the form stays, says why, and names whom to ask.
    await page.getByText('Het gezinsplan is niet gestart. Iemand die je invulde, heeft al een gezinsplan.').waitFor();
    const flag = page.getByRole('group', { name: 'Gezinslid 1' }).getByRole('heading', { name: `${name} heeft al een gezinsplan` });
    await flag.waitFor();
    const member = await page.getByRole('group', { name: 'Gezinslid 1' }).innerText();
    expect(member).toContain('Iemand met dit BSN hoort al bij een gezin met een actief gezinsplan.');
    expect(member).toContain('Sanne Jansen (Wijkteam Utrecht Centrum)');
    expect(member).toContain('sanne.jansen@wijkteam.example');
    // A BSN match is the same person: no "this is someone else" way around it.
    expect(await page.getByRole('button', { name: /Dit is een andere persoon/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Vraag de regisseur om je te betrekken' }).getAttribute('href')).toMatch(
      /^mailto:sanne\.jansen@wijkteam\.example\?/,
    );
    await page.getByRole('heading', { level: 1, name: 'Nieuw gezinsplan starten' }).waitFor();
    await checkAccessibility(page, 'starting a plan for a child who already has one');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-start-plan-existing');

    // And no second family appeared among his.
    await page.getByRole('link', { name: 'Terug naar mijn overzicht' }).click();
    const leave = page.getByRole('button', { name: 'Pagina verlaten zonder opslaan' });
    const welcome = page.getByRole('heading', { level: 1, name: `Welkom, ${AHMED.displayName}` });
    await leave.or(welcome).first().waitFor();
    if (await leave.isVisible()) await leave.click();
    await welcome.waitFor();
    const families = page.getByRole('region', { name: 'Mijn gezinnen', exact: true });
    await families.getByRole('link').first().waitFor();
    expect(await families.getByRole('link', { name: second }).count()).toBe(0);
  });
});
