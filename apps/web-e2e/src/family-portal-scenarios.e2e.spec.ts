import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * "Ons plan" in the other scenarios of the domain brief that have a family
 * login; the texts checked here are the demo data's (apps/api/src/demo/scenarios).
 */
async function openOurPlan(page: Page, email: string, displayName: string, familyName: string): Promise<string> {
  await page.goto('/');
  await page.waitForURL('**/inloggen');
  await signIn(page, email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${displayName}` }).waitFor();
  await page.getByRole('link', { name: new RegExp(familyName) }).click();
  await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
  return page.getByRole('main').innerText();
}

describe.each(VIEWPORTS)('"Ons plan" in scenarios 2, 4 and 6, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('scenario 2: shows Chantal the safety plan, with whom to call and plan B', async () => {
    const { page } = browser;
    await openOurPlan(page, 'chantal.vermeulen@mail.example', 'Chantal Vermeulen', 'Gezin de Jong');

    const safety = page.getByRole('region', { name: 'Veiligheidsplan' });
    const text = await safety.innerText();
    expect(text).toContain('Wie bel je als je je zorgen maakt?');
    expect(text).toContain('Ahmed El Amrani (wijkteam); buiten kantoortijd Veilig Thuis');
    expect(text).toContain('Plan B: als het niet lukt');
    expect(text).toContain('gaan Jayden en de baby naar oma Wilma');
    expect(text).toContain('Hier houdt iedereen zich aan');

    await checkAccessibility(page, 'family portal: safety plan');
    await screenshot(page, 'family-portal-safety-plan');
  });

  it('scenario 4: shows Marleen that youth mental health helps Thijs (16), not what it writes', async () => {
    const { page } = browser;
    const main = await openOurPlan(page, 'marleen.deboer@mail.example', 'Marleen de Boer', 'Gezin Hoekstra');

    const whoHelps = await page.getByRole('region', { name: 'Wie helpt jullie' }).innerText();
    expect(whoHelps).toContain('Jeugd-GGZ De Brug');
    // That youth mental health helps Thijs, not what with: the task is his (docs/access-rules.md).
    expect(whoHelps).toContain('Ze helpen Thijs. Waarmee, is aan Thijs zelf om te vertellen.');
    expect(whoHelps).not.toContain('Jeugd-GGZ: behandeling van Thijs');
    expect(main).not.toContain('Intake met Thijs');
    expect(main).not.toContain('slaapdagboek');
    expect(main).toContain('Tweede opvoedgesprek met Wouter en Marleen.');
  });

  it('scenario 6: shows Kim her new regisseur after the handover, and who it was before', async () => {
    const { page } = browser;
    await openOurPlan(page, 'kim.dehaan@mail.example', 'Kim de Haan', 'Gezin de Haan');

    const whoHelps = page.getByRole('region', { name: 'Wie helpt jullie' });
    const text = await whoHelps.innerText();
    expect(text).toContain('Ahmed El Amrani houdt het overzicht.');
    expect(text).toMatch(/Ahmed El Amrani is jullie regisseur sinds \d{1,2} \w+ \d{4}\. Daarvoor was dat Femke de Wit\./);
    expect(text).toContain('Wie hielpen jullie eerder');

    await checkAccessibility(page, 'family portal: after a handover');
    await screenshot(page, 'family-portal-handover');
  });
});
