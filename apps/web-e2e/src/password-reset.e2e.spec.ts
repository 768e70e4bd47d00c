import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/demo-accounts';
import { lastEmailTo, passwordResetLinkFor } from './support/outbox';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * A professional who forgot her password asks for a link on the sign-in page,
 * opens the e-mailed link, chooses a new password and is signed in; the old
 * password and the used link no longer work, and a session elsewhere has ended.
 * A different demo account on each screen size (no other browser test uses
 * them), since the server keeps its data.
 */
const PEOPLE = {
  desktop: { email: 'anouk.bos@verloskunde.example', name: 'Anouk Bos' },
  phone: { email: 'hans.willems@raad.example', name: 'Hans Willems' },
} as const;
const NEW_PASSWORD = 'een nieuw en lang wachtwoord';

async function look(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await screenshot(page, file);
}

describe.each(VIEWPORTS)('a forgotten password, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('is reset from the sign-in page through a single-use link', async () => {
    const { page } = browser;
    const person = PEOPLE[viewport.name];

    // Signed in elsewhere with the old password: that session ends with the reset.
    const elsewhere = await openFreshPage(page.context().browser(), viewport);
    await elsewhere.goto('/inloggen');
    await signIn(elsewhere, person.email, DEMO_PASSWORD);
    await elsewhere.getByRole('heading', { level: 1, name: `Welkom, ${person.name}` }).waitFor();

    await page.goto('/inloggen');
    await page.getByRole('heading', { level: 2, name: 'Wat is Gezinsplan?' }).waitFor();
    await page.getByText('Vraag het aan de beheerder van Gezinsplan in je eigen organisatie.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await look(page, 'forgotten password page', 'password-forgotten');

    await page.getByLabel('E-mailadres', { exact: true }).fill(person.email);
    await page.getByRole('button', { name: 'Stuur mij een link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kijk in je e-mail' }).waitFor();
    await look(page, 'reset link requested', 'password-reset-requested');

    // The mail says only that a link was asked for; the link works once.
    const mail = await lastEmailTo(person.email);
    expect(mail.subject).toBe('Nieuw wachtwoord kiezen voor Gezinsplan');
    const link = await passwordResetLinkFor(person.email);

    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Kies een nieuw wachtwoord' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await look(page, 'choosing a new password', 'password-reset-form');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: `Welkom, ${person.name}` }).waitFor();

    // The other session has ended.
    await elsewhere.reload();
    await elsewhere.waitForURL('**/inloggen');
    await elsewhere.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();

    // The used link says so plainly.
    await elsewhere.goto(link);
    await elsewhere.getByLabel('Nieuw wachtwoord', { exact: true }).fill('nog weer een ander wachtwoord');
    await elsewhere.getByLabel('Herhaal het nieuwe wachtwoord', { exact: true }).fill('nog weer een ander wachtwoord');
    await elsewhere.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await elsewhere.getByRole('heading', { level: 2, name: 'Deze link werkt niet meer' }).waitFor();
    await look(elsewhere, 'a used reset link', 'password-reset-used-link');

    // The old password no longer signs in; the new one does.
    await elsewhere.goto('/inloggen');
    await signIn(elsewhere, person.email, DEMO_PASSWORD);
    await elsewhere.getByRole('alert').waitFor();
    await elsewhere.reload();
    await signIn(elsewhere, person.email, NEW_PASSWORD);
    await elsewhere.getByRole('heading', { level: 1, name: `Welkom, ${person.name}` }).waitFor();
    await elsewhere.context().close();
  });
});
