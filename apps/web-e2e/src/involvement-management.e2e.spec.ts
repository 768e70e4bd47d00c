import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * The regisseur manages who is involved, in the demo's Gezin Hoekstra
 * (scenario 4): Sanne Jansen invites home support for the parents, sees whose
 * consent that needs, and ends the involvement again, so the family's other
 * tests find it as the demo made it, apart from one ended involvement.
 */
const [DESKTOP, PHONE] = VIEWPORTS;
const ROB = { name: 'Rob Hendriks', option: 'Rob Hendriks, thuisbegeleider', organisation: 'Thuisbegeleiding Samen Sterk' };
const TASK = 'Thuisbegeleiding: vaste dagritmes en rust in huis met Wouter en Marleen';

async function openInvolvements(page: Page): Promise<void> {
  await signInAsDemo(page, REGISSEUR);
  await openMyFamily(page, 'Gezin Hoekstra');
  await page.getByRole('navigation', { name: 'Als regisseur' }).getByRole('link', { name: 'Betrokkenen uitnodigen en beëindigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Betrokkenen: Gezin Hoekstra' }).waitFor();
}

async function invite(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Professional uitnodigen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Professional uitnodigen: Gezin Hoekstra' }).waitFor();

  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await page.getByText('Kies een organisatie.').waitFor();
  expect(await page.getByText('Kies minstens één gezinslid.').count()).toBe(1);
  expect(await page.getByLabel('Organisatie', { exact: true }).evaluate((element) => element === document.activeElement)).toBe(true);
  await checkAccessibility(page, 'invite a professional, with field errors');
  await screenshot(page, 'involvement-invite-errors');

  await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: ROB.organisation });
  const professional = page.getByLabel('Professional', { exact: true });
  await professional.locator('option', { hasText: ROB.option }).waitFor({ state: 'attached' });
  await professional.selectOption({ label: ROB.option });
  const task = page.getByLabel('Taak', { exact: true });
  await task.click();
  await task.pressSequentially(TASK);
  for (const name of ['Wouter Hoekstra', 'Marleen de Boer']) await page.getByRole('checkbox', { name }).check();
  await page.getByRole('checkbox', { name: 'Algemeen plan' }).check();
  await page.getByRole('button', { name: 'Uitnodigen' }).click();

  const outcome = page.getByRole('region', { name: `${ROB.name} is uitgenodigd` });
  await outcome.waitFor();
  const needed = await outcome.innerText();
  // Adults decide for themselves: each parent consents to sharing what is about them.
  expect(needed).toContain('Wouter Hoekstra: Volwassene: beslist zelf. Toestemming nodig van: Wouter Hoekstra');
  expect(needed).toContain('Marleen de Boer: Volwassene: beslist zelf. Toestemming nodig van: Marleen de Boer');
  expect(await outcome.getByRole('link', { name: 'Toestemming vastleggen' }).count()).toBe(1);
  // Home support is no protective task: no sharing without consent is offered.
  expect(await outcome.getByRole('link', { name: /zonder toestemming/ }).count()).toBe(0);
  await checkAccessibility(page, 'invitation sent, consent needed');
  await screenshot(page, 'involvement-invited');
  await outcome.getByRole('link', { name: 'Naar de betrokkenen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Betrokkenen: Gezin Hoekstra' }).waitFor();
}

async function end(page: Page): Promise<void> {
  const card = page.getByRole('listitem').filter({ hasText: ROB.organisation });
  expect(await card.innerText()).toContain(TASK);
  // The regisseur's own involvement ends only after a handover.
  const own = page.getByRole('listitem').filter({ hasText: REGISSEUR.organisation });
  expect(await own.innerText()).toContain('Die kan pas eindigen als iemand anders de regie heeft overgenomen.');
  expect(await own.getByRole('button', { name: /beëindigen/ }).count()).toBe(0);

  await card.getByRole('button', { name: `Betrokkenheid beëindigen: ${ROB.name}` }).click();
  const reason = card.getByLabel('Waarom eindigt de betrokkenheid?');
  await reason.click();
  await reason.pressSequentially('Wouter en Marleen redden het nu samen met hun netwerk.');
  await card.getByRole('button', { name: 'Verder' }).click();
  const confirmation = card.getByRole('heading', { level: 3, name: `Controleer: betrokkenheid van ${ROB.name} beëindigen` });
  await confirmation.waitFor();
  expect(await confirmation.evaluate((element) => element === document.activeElement)).toBe(true);
  await checkAccessibility(page, 'end an involvement: confirmation');
  await screenshot(page, 'involvement-end-confirm');
  await card.getByRole('button', { name: 'Betrokkenheid beëindigen' }).click();

  await card.getByText(`De betrokkenheid van ${ROB.name} is beëindigd.`, { exact: false }).waitFor();
  const ended = await card.innerText();
  expect(ended).toContain('Beëindigd');
  expect(ended).toContain('Wouter en Marleen redden het nu samen met hun netwerk.');
  expect(await card.getByRole('button', { name: /beëindigen/ }).count()).toBe(0);
  await checkAccessibility(page, 'involvement ended');
}

describe('the regisseur manages who is involved', () => {
  const browser = useBrowser(DESKTOP);

  it('invites a professional for a task, sees the consent it needs, and ends the involvement', async () => {
    const { page } = browser;
    await openInvolvements(page);
    await checkAccessibility(page, 'who is involved, as regisseur');
    await screenshot(page, 'involvements');
    await invite(page);
    await end(page);

    // The plan shows the ended involvement to everyone, with its reason; on a phone too.
    await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
    await page.getByRole('link', { name: 'Terug naar het plan van Gezin Hoekstra' }).click();
    const involved = page.getByRole('region', { name: 'Wie is betrokken' });
    const rob = involved.getByRole('listitem').filter({ hasText: ROB.organisation });
    await rob.waitFor();
    expect(await rob.innerText()).toContain('Beëindigd');
    await checkAccessibility(page, 'plan with an ended involvement, on a phone');
    await screenshot(page, 'involvement-ended-plan');
  });
});
