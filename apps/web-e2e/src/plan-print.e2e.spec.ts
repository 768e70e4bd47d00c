import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * The plan on paper (issue 17, item 5), in scenario 3 of the domain brief:
 * the regisseur prints the plan for the family meeting, and a network member
 * prints her safety plan. The texts are the demo data's
 * (apps/api/src/demo/scenarios/network-safety-plan.ts).
 */
const KEES = { email: 'kees.dekker@jeugdbescherming.example', displayName: 'Kees Dekker' };
const ANJA = { email: 'anja.koster@mail.example', displayName: 'Anja Koster' };

/** How many buttons and links a reader of the printed page would see: with print media, none. */
async function visibleControls(page: Page): Promise<number> {
  let visible = 0;
  for (const control of await page.locator('button, a, input, select, textarea').all()) {
    if (await control.isVisible()) visible += 1;
  }
  return visible;
}

describe.each(VIEWPORTS)('the plan on paper, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('gives the regisseur the plan for the family meeting: goals, who does what when, the safety plan, the network, signatures', async () => {
    const { page } = browser;
    await signInAsDemo(page, KEES);
    await openMyFamily(page, 'Gezin Koster');
    await page.getByRole('link', { name: 'Plan afdrukken voor de gezinsbijeenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan van Gezin Koster' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/gezinnen\/[0-9a-f-]{36}\/afdrukken$/);
    // On screen: the print button and the way back.
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await checkAccessibility(page, 'plan on paper (screen)');

    await page.emulateMedia({ media: 'print' });
    const paper = page.getByRole('article');
    const goals = await paper.getByRole('region', { name: 'Onze doelen' }).innerText();
    expect(goals).toContain('Emma en Daan maken geen ruzie meer mee tussen papa en mama.');
    const agreements = paper.getByRole('region', { name: 'Onze afspraken' });
    const row = await agreements.getByRole('row').filter({ hasText: 'Kees plant een extra netwerkberaad' }).innerText();
    expect(row).toContain('Kees Dekker (Samen Veilig Midden-Nederland)');
    expect(row).toMatch(/\d{1,2} \w+ \d{4}/);

    const safety = await paper.getByRole('region', { name: 'Veiligheidsplan' }).innerText();
    expect(safety).toContain('Lukt een overdracht niet, of ontstaat er ruzie, dan gaan de kinderen met tante Anja mee');
    expect(safety).toContain('Sandra en Erik zien elkaar niet bij een overdracht.');
    expect(safety).toContain('Elke woensdag');
    expect(safety).toContain('Is er direct gevaar? Bel dan 112.');
    const broken = await paper.getByRole('row').filter({ hasText: 'Erik komt niet naar het huis van Sandra' }).innerText();
    expect(broken).toContain('Niet nagekomen: Erik stond afgelopen weekend onverwacht voor de deur');
    const helpers = await paper.getByRole('region', { name: 'Wie helpen er mee' }).innerText();
    expect(helpers).toContain('Oma Gerda (moeder van Sandra)');
    expect(helpers).toContain('Doet de boodschappen voor Sandra en de kinderen');
    expect(helpers).toContain('Regisseur van het plan.');
    const signatures = await paper.getByRole('region', { name: 'Handtekeningen' }).locator('strong').allInnerTexts();
    expect(signatures).toEqual(['Erik Koster', 'Sandra Wolters', 'Oma Gerda', 'Tante Anja', 'Buurvrouw Yvonne', 'Trainer Mo', 'Kees Dekker']);
    // The logbook is not part of the paper.
    expect(await paper.innerText()).not.toContain('Netwerkberaad met Sandra en Erik (na elkaar)');

    // Printed: no header, no footer, no button, no link.
    expect(await visibleControls(page)).toBe(0);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await screenshot(page, 'plan-print');
  });

  it('gives a network member her safety plan on paper, with only her own tasks', async () => {
    const { page } = browser;
    await signInAsDemo(page, ANJA);
    await page.getByRole('link', { name: /Gezin Koster/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Jouw rol in het veiligheidsplan' }).waitFor();
    await page.getByRole('link', { name: 'Veiligheidsplan afdrukken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan voor Gezin Koster' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/netwerk\/[0-9a-f-]{36}\/afdrukken$/);
    await checkAccessibility(page, 'safety plan on paper (screen)');

    await page.emulateMedia({ media: 'print' });
    const paper = page.getByRole('article');
    const contact = await paper.getByRole('region', { name: 'Veiligheidsplan' }).innerText();
    expect(contact).toContain('Kees Dekker (Samen Veilig Midden-Nederland)');
    expect(contact).toContain('Plan B: als het niet lukt');
    const tasks = await paper.getByRole('region', { name: 'Wat jij doet' }).innerText();
    expect(tasks).toContain('Haalt Emma en Daan om kwart over twaalf uit school');
    expect(tasks).not.toContain('Doet de boodschappen');
    // Her own paper speaks to her: her tasks are "Jij", and the people list holds the others.
    expect(tasks).toContain('Jij');
    expect(tasks).not.toContain('Tante Anja');
    const others = await paper.getByRole('region', { name: 'Wie helpen er nog meer' }).innerText();
    expect(others).toContain('Oma Gerda (moeder van Sandra)');
    expect(others).not.toContain('Tante Anja');
    expect(await paper.innerText()).toContain('Sandra en Erik zien elkaar niet bij een overdracht.');
    // The plan's goals and the logbook are not part of her paper.
    expect(await paper.innerText()).not.toContain('Emma en Daan maken geen ruzie meer mee');
    expect(await paper.innerText()).not.toContain('Kinderen uit school gehaald en om vijf uur bij Erik gebracht');
    expect(await paper.getByRole('region', { name: 'Handtekeningen' }).locator('strong').allInnerTexts()).toEqual(['Tante Anja']);

    expect(await visibleControls(page)).toBe(0);
    await screenshot(page, 'network-safety-plan-print');
  });
});
