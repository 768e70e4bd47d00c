import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { DEMO_PASSWORD, REGISSEUR } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

describe.each(VIEWPORTS)('signing in, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('takes the regisseur from the sign-in page to her home page and back out', async () => {
    const { page } = browser;
    await page.goto('/');
    await page.waitForURL('**/inloggen');
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.title()).toBe('Inloggen – Gezinsplan');
    await checkAccessibility(page, 'sign-in page');
    await screenshot(page, 'sign-in');

    await signIn(page, REGISSEUR.email, DEMO_PASSWORD);

    await page.getByRole('heading', { level: 1, name: `Welkom, ${REGISSEUR.displayName}` }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    const header = page.getByRole('banner');
    expect(await header.innerText()).toContain(REGISSEUR.displayName);
    expect(await header.innerText()).toContain(REGISSEUR.organisation);
    expect(await page.title()).toBe('Startpagina – Gezinsplan');
    await checkAccessibility(page, 'home page');
    await screenshot(page, 'home');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inloggen');

    // The session is gone on the server too, not only in this page's memory.
    await page.goto('/');
    await page.waitForURL('**/inloggen');
  });

  it('says in Dutch that the e-mail address or password is wrong', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await signIn(page, REGISSEUR.email, 'not-the-password');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
    );
    // The focus is on the message, not left on the button: keyboard and screen reader users land on what went wrong.
    expect(await alert.evaluate((element) => document.activeElement?.contains(element) === true && document.activeElement !== document.body)).toBe(true);
    await checkAccessibility(page, 'sign-in page with wrong credentials');
    await screenshot(page, 'sign-in-wrong-credentials');
  });

  it('shows what is missing next to the field it belongs to', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const email = page.getByLabel('E-mailadres', { exact: true });
    await page.locator('input[aria-invalid="true"]').first().waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // What a screen reader reads out with the field.
    const describedBy = (await email.getAttribute('aria-describedby'))?.split(' ') ?? [];
    const descriptions = await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).innerText()));
    expect(descriptions).toContain('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.');
    // The first field with a problem gets the focus, so the person lands on it.
    expect(await email.evaluate((element) => element === document.activeElement)).toBe(true);
    await checkAccessibility(page, 'sign-in page with field errors');
    await screenshot(page, 'sign-in-field-errors');
  });

  it('switches the texts to English and remembers the choice', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await page.getByRole('navigation', { name: 'Taal' }).getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('button', { name: 'English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('E-mail address', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.title()).toBe('Sign in – Gezinsplan');
    await checkAccessibility(page, 'sign-in page in English');
    await screenshot(page, 'sign-in-english');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  });
});
