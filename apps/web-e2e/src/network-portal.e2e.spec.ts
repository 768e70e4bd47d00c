import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Scenario 3 of the domain brief, from the network's side: Tante Anja takes
 * Emma and Daan between their parents' homes. The texts checked here are the
 * demo data's (apps/api/src/demo/scenarios/network-safety-plan.ts).
 */
const ANJA = { email: 'anja.koster@mail.example', displayName: 'Anja Koster' };

describe.each(VIEWPORTS)('a network member’s part of the safety plan, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('shows Anja her roster, whom to call and plan B, and lets her write in the logbook', async () => {
    const { page } = browser;
    await signInAsDemo(page, ANJA);
    await page.getByRole('link', { name: /Gezin Koster/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Jouw rol in het veiligheidsplan' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/netwerk\/[0-9a-f-]{36}$/);

    // Whom to call and plan B come first.
    const worried = page.getByRole('region', { name: 'Als je je zorgen maakt' });
    const worriedText = await worried.innerText();
    expect(worriedText).toContain('Kees Dekker (Samen Veilig Midden-Nederland)');
    expect(worriedText).toContain('Plan B: als het niet lukt');
    expect(worriedText).toContain('Lukt een overdracht niet, of ontstaat er ruzie, dan gaan de kinderen met tante Anja mee');

    // Her own roster entries, by weekday, with whom to tell when she cannot come; not the others'.
    const tasks = page.getByRole('region', { name: 'Wat jij doet' });
    await tasks.getByRole('heading', { name: 'Woensdag' }).waitFor();
    await tasks.getByRole('heading', { name: 'Zondag' }).waitFor();
    const tasksText = await tasks.innerText();
    expect(tasksText).toContain('Haalt Emma en Daan om kwart over twaalf uit school');
    expect(tasksText).toContain('Buurvrouw Yvonne');
    expect(await tasks.getByRole('heading', { name: 'Donderdag' }).count()).toBe(0);

    // The conditions everyone holds on to.
    const conditions = await page.getByRole('region', { name: 'Hier houdt iedereen zich aan' }).innerText();
    expect(conditions).toContain('Sandra en Erik zien elkaar niet bij een overdracht.');

    await checkAccessibility(page, 'network page');
    await screenshot(page, 'network-page');

    // Writing in the safety logbook, as after a handover.
    const entry = `Kinderen om vijf uur bij Erik gebracht (${viewport.name}). Daan had zijn voetbalschoenen mee.`;
    const logbook = page.getByRole('region', { name: 'Logboek van het veiligheidsplan' });
    const field = logbook.getByLabel('Wat is er gebeurd?');
    await field.click();
    await field.pressSequentially(entry);
    await logbook.getByRole('button', { name: 'Opslaan in het logboek' }).click();
    await logbook.getByText('Opgeslagen. Je bericht staat nu in het logboek.').waitFor();
    const written = logbook.getByRole('listitem').filter({ hasText: entry });
    await written.waitFor();
    // The page speaks to her: what she wrote is hers, "by you", not by "Tante Anja".
    expect(await written.innerText()).toContain('Geschreven door jou');
    expect(await written.innerText()).not.toContain('Tante Anja');
    expect(await field.inputValue()).toBe('');

    // Still there after a reload: it was saved, not only shown.
    await page.reload();
    await page.getByRole('region', { name: 'Logboek van het veiligheidsplan' }).getByText(entry).waitFor();

    await checkAccessibility(page, 'network page after writing in the logbook');
    await screenshot(page, 'network-page-logbook');
  });
});
