import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Scenario 3 of the domain brief from the regisseur's side: Kees Dekker
 * (youth protection) reads the safety plan the network carries, its roster
 * and plan B, and what the network writes in the logbook. Texts are the demo
 * data's (apps/api/src/demo/scenarios/network-safety-plan.ts).
 */
const KEES = { email: 'kees.dekker@jeugdbescherming.example', displayName: 'Kees Dekker' };

describe.each(VIEWPORTS)('the regisseur in scenario 3, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('sees the safety plan with its roster and plan B, and the network’s logbook entries', async () => {
    const { page } = browser;
    await signInAsDemo(page, KEES);
    await openMyFamily(page, 'Gezin Koster');

    const safety = page.getByRole('region', { name: 'Veiligheidsplan' });
    const plan = await safety.innerText();
    expect(plan).toContain('Veiligheidsplan voor Emma en Daan tijdens de scheiding');
    expect(plan).toContain('Aanspreekpunt');
    expect(plan).toContain('Kees Dekker (Samen Veilig Midden-Nederland)');
    expect(plan).toContain('Plan B');
    expect(plan).toContain('Lukt een overdracht niet, of ontstaat er ruzie, dan gaan de kinderen met tante Anja mee naar haar huis.');
    expect(plan).toContain('Minstens drie mensen uit het netwerk weten wat er speelt');

    const roster = safety.getByRole('region', { name: 'Rooster' });
    const days = await roster.locator('.roster-entry__day').allInnerTexts();
    expect(days).toEqual([
      'Maandag: Buurvrouw Yvonne (netwerk)',
      'Woensdag: Tante Anja (netwerk)',
      'Donderdag: Oma Gerda (netwerk)',
      'Zaterdag: Trainer Mo (netwerk)',
      'Zondag: Tante Anja (netwerk)',
    ]);
    const thursday = await roster.getByRole('listitem').filter({ hasText: 'Donderdag' }).innerText();
    expect(thursday).toContain('Doet de boodschappen voor Sandra en de kinderen');
    expect(thursday).toMatch(/Afzeggen bij\s+Sandra/);

    // Not kept, with its reason: the regisseur sees it at a glance.
    const notKept = safety.getByRole('listitem').filter({ hasText: 'Erik komt niet naar het huis van Sandra' });
    expect(await notKept.innerText()).toContain('Niet nagekomen');

    const logbook = page.getByRole('region', { name: 'Logboek' });
    const anja = logbook.getByRole('listitem').filter({ hasText: 'Kinderen uit school gehaald en om vijf uur bij Erik gebracht.' });
    expect(await anja.innerText()).toContain('Geschreven door Tante Anja (netwerk)');
    const gerda = logbook.getByRole('listitem').filter({ hasText: 'Boodschappen gedaan voor Sandra en koffie gedronken.' });
    expect(await gerda.innerText()).toContain('Geschreven door Oma Gerda (netwerk)');
    // Newest first: Anja's entry of yesterday comes before Gerda's of four days ago.
    const entries = await logbook.locator('.plan-items > .plan-item .plan-text').allInnerTexts();
    expect(entries.findIndex((entry) => entry.startsWith('Emma vroeg of papa nog boos is'))).toBeLessThan(
      entries.findIndex((entry) => entry.startsWith('Boodschappen gedaan')),
    );

    await checkAccessibility(page, `safety plan of scenario 3 (${viewport.name})`);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'professional-plan-safety');
  });
});
