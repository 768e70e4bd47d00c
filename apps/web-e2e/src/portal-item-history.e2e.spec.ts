import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Issue 17, history in the family portal, on the narrowest phone: the school
 * changes an agreement about Lisanne; her mother Esther reads in "Ons plan"
 * what it said before, folded, with who wrote it. Texts are the demo data's
 * (apps/api/src/demo/scenarios/lisanne-and-lars.ts).
 */
const MARIEKE = { email: 'marieke.devries@regenboog.example', displayName: 'Marieke de Vries' };
const ESTHER = { email: 'esther.degraaf@mail.example', displayName: 'Esther de Graaf' };
const AGREEMENT = 'Marieke zet Lisanne in het maatjesproject';
const ORIGINAL = `${AGREEMENT}: twee keer per week speelt ze in de pauze met een vast maatje uit haar klas.`;
const CHANGED = `${AGREEMENT} (portaal): drie keer per week, ook op woensdag.`;
const PHONE = VIEWPORTS.filter((viewport) => viewport.name === 'phone');

describe.each(PHONE)('what an agreement said before, in the family portal on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('the mother unfolds "Wat er eerst stond" under a changed agreement and reads the earlier text and who wrote it', async () => {
    const { page } = browser;
    await signInAsDemo(page, MARIEKE);
    await openMyFamily(page, 'Gezin Meijer');
    const mine = page.getByRole('region', { name: 'Afspraken' }).getByRole('listitem').filter({ hasText: AGREEMENT });
    await mine.getByRole('button', { name: 'Wijzigen' }).click();
    await mine.getByLabel('Wat wordt er gedaan?').fill(CHANGED);
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    await mine.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' }).waitFor();

    await page.context().clearCookies();
    await signInAsDemo(page, ESTHER);
    await page.getByRole('link', { name: /Gezin Meijer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
    const agreement = page.getByRole('region', { name: 'Afspraken' }).getByRole('listitem').filter({ hasText: CHANGED });
    const earlier = agreement.locator('details.item-history');
    expect(await earlier.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await earlier.locator('summary').filter({ hasText: 'Wat er eerst stond' }).click();
    await earlier.getByText(ORIGINAL).waitFor();
    const text = await earlier.innerText();
    expect(text).toContain('Eerst geschreven door Sanne Jansen van Wijkteam Utrecht Centrum');
    // Nothing scrolls sideways at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

    await checkAccessibility(page, 'family portal with an agreement’s earlier text unfolded');
    await agreement.scrollIntoViewIfNeeded();
    await screenshot(page, 'portal-item-history');
  });
});
