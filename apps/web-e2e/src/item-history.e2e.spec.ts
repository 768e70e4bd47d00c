import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Issue 17 item 3 in scenario 1: the school counsellor changes the agreement the
 * regisseur wrote for her, and the regisseur sees it marked as changed by the
 * school, with what it said before. Texts are the demo data's
 * (apps/api/src/demo/scenarios/lisanne-and-lars.ts).
 */
const MARIEKE = { email: 'marieke.devries@regenboog.example', displayName: 'Marieke de Vries' };
const AGREEMENT = 'Marieke zet Lisanne in het maatjesproject';
const ORIGINAL = `${AGREEMENT}: twee keer per week speelt ze in de pauze met een vast maatje uit haar klas.`;

describe.each(VIEWPORTS)('the history of an agreement, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);
  const changed = `${AGREEMENT} (${viewport.name}): drie keer per week, ook op woensdag.`;

  it('the school changes the regisseur’s agreement; the regisseur sees it marked, with the earlier text', async () => {
    const { page } = browser;
    await signInAsDemo(page, MARIEKE);
    await openMyFamily(page, 'Gezin Meijer');
    const mine = page.getByRole('region', { name: 'Afspraken' }).getByRole('listitem').filter({ hasText: AGREEMENT });
    await mine.getByRole('button', { name: 'Wijzigen' }).click();
    await mine.getByLabel('Wat wordt er gedaan?').fill(changed);
    await mine.getByRole('button', { name: 'Opslaan' }).click();
    await mine.getByRole('status').filter({ hasText: 'De wijziging is opgeslagen.' }).waitFor();
    // The school made the change itself: no mark for it.
    expect(await mine.getByText('Gewijzigd door Basisschool De Regenboog.').count()).toBe(0);

    await page.context().clearCookies();
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, 'Gezin Meijer');
    const agreement = page.getByRole('region', { name: 'Afspraken' }).getByRole('listitem').filter({ hasText: changed });
    await agreement.getByText('Gewijzigd door Basisschool De Regenboog.').waitFor();

    const earlier = agreement.locator('details.item-history');
    await earlier.locator('summary').click();
    // The versions are not part of the page; unfolding loads them.
    await earlier.getByText(ORIGINAL).waitFor();
    const versions = await earlier.innerText();
    expect(versions).toContain(ORIGINAL);
    expect(versions).toContain('Geschreven door Sanne Jansen (Wijkteam Utrecht Centrum)');

    await checkAccessibility(page, 'plan with an agreement changed by someone else');
    await agreement.scrollIntoViewIfNeeded();
    await screenshot(page, 'professional-plan-item-history');
  });
});
