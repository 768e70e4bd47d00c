import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/demo-accounts';
import { activationLinkFor } from './support/outbox';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';
import { baseUrl } from './support/workspace';

/**
 * The first accounts (docs/deployment.md): the platform administrator creates
 * an organisation and its administrator; that administrator activates the
 * account through the e-mailed link, read from the server's outbox (the
 * server runs without SMTP), and creates a professional. Administrators see
 * no case content anywhere.
 */
const PLATFORM_ADMIN = 'platformbeheer@gezinsplan.example';
const ORGANISATION_ADMIN = { email: 'beheer@wijkteam.example', displayName: 'Ingrid Peters' } as const;
const NEW_PASSWORD = 'op zondag fietsen naar oma';

async function look(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, file);
}

async function type(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  await field.click();
  await field.fill(value);
}

describe.each(VIEWPORTS)('accounts from the platform administrator down, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('creates an organisation and its administrator, who chooses a password through the link and creates a professional', async () => {
    const { page } = browser;
    const organisation = `Jeugdteam Zeist (${viewport.name})`;
    const administrator = { email: `beheer-${viewport.name}@jeugdteam-zeist.example`, name: 'Mirjam de Groot' };
    const professional = { email: `nadia-${viewport.name}@jeugdteam-zeist.example`, name: 'Nadia Bakker' };

    // The platform administrator lands on the organisations, not on a professional's overview.
    await page.goto('/');
    await page.waitForURL('**/inloggen');
    await signIn(page, PLATFORM_ADMIN, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Organisaties' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer');
    expect(await page.locator('main').innerText()).not.toContain('Mijn gezinnen');
    // Every organisation, also those made before this session.
    await page.getByRole('link', { name: 'Accounts van Wijkteam Utrecht Centrum' }).waitFor();

    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.getByText('Vul de naam van de organisatie in.').waitFor();
    expect(await page.getByText('Kies wat voor organisatie het is.').count()).toBe(1);
    await look(page, 'creating an organisation, with field errors', 'administration-organisation-errors');

    await type(page, 'Naam van de organisatie', organisation);
    await page.getByLabel('Soort organisatie').selectOption({ label: 'Wijkteam' });
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: `Accounts van ${organisation}` }).waitFor();
    await page.getByText(`De organisatie ${organisation} is aangemaakt.`, { exact: false }).waitFor();
    await page.getByText('Deze organisatie heeft nog geen accounts.').waitFor();
    await look(page, 'a new organisation without accounts', 'administration-new-organisation');

    // Its administrator: the form starts on that kind of account for a new organisation.
    expect(await page.getByRole('radio', { name: 'Beheerder van de organisatie' }).isChecked()).toBe(true);
    await type(page, 'E-mailadres', administrator.email);
    await type(page, 'Naam', administrator.name);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${administrator.name} krijgt een e-mail op ${administrator.email}` })
      .waitFor();
    const adminCard = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: administrator.name }) });
    expect(await adminCard.innerText()).toContain('Wacht op activering');
    expect(await adminCard.innerText()).toContain('Beheerder van de organisatie');
    await look(page, 'the organisation with its administrator waiting for activation', 'administration-admin-created');

    // The e-mail went missing: a fresh link replaces the first.
    const firstLink = await activationLinkFor(administrator.email);
    await adminCard.getByRole('button', { name: `Nieuwe link sturen: ${administrator.name}` }).click();
    await adminCard.getByText('De vorige link werkt niet meer.', { exact: false }).waitFor();
    expect(await activationLinkFor(administrator.email)).not.toBe(firstLink);
    await look(page, 'a fresh activation link sent', 'administration-link-resent');

    // The new organisation is in the list, the way back to its accounts.
    await page.getByRole('link', { name: 'Terug naar de organisaties' }).click();
    await page.getByRole('link', { name: `Accounts van ${organisation}` }).click();
    await page.getByRole('heading', { level: 1, name: `Accounts van ${organisation}` }).waitFor();

    // The same address twice: said next to the field.
    await type(page, 'E-mailadres', administrator.email);
    await type(page, 'Naam', administrator.name);
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByText('Er is al een account met dit e-mailadres. Gebruik een ander e-mailadres.').waitFor();
    expect(await page.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    // The administrator opens the e-mailed link in a browser of their own.
    const link = await activationLinkFor(administrator.email);
    expect(link.startsWith(`${baseUrl()}/account-activeren#token=`)).toBe(true);
    const mirjam = await openFreshPage(page.context().browser(), viewport);
    await mirjam.goto(link);
    await mirjam.getByRole('heading', { level: 1, name: 'Kies je wachtwoord' }).waitFor();
    // The token leaves the address bar at once.
    await mirjam.waitForFunction(() => window.location.hash === '');
    expect(new URL(mirjam.url()).pathname).toBe('/account-activeren');
    await look(mirjam, 'choosing a password', 'account-activation');

    await type(mirjam, 'Nieuw wachtwoord', 'te kort');
    await type(mirjam, 'Herhaal het wachtwoord', 'te kort');
    await mirjam.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await mirjam.getByText('Dit wachtwoord is te kort. Kies minstens 12 tekens.').waitFor();
    await look(mirjam, 'choosing a password that is too short', 'account-activation-errors');

    await type(mirjam, 'Nieuw wachtwoord', NEW_PASSWORD);
    await type(mirjam, 'Herhaal het wachtwoord', NEW_PASSWORD);
    await mirjam.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();

    // Signed in, and at home: for an organisation administrator, the organisation's accounts.
    await mirjam.getByRole('heading', { level: 1, name: `Accounts van ${organisation}` }).waitFor();
    expect(new URL(mirjam.url()).pathname).toBe('/beheer');
    const header = await mirjam.getByRole('banner').innerText();
    expect(header).toContain(administrator.name);
    expect(header).toContain(organisation);
    const ownCard = mirjam.getByRole('listitem').filter({ has: mirjam.getByRole('heading', { name: administrator.name }) });
    expect(await ownCard.innerText()).toContain('Geactiveerd');
    expect(await ownCard.innerText()).toContain('Dit ben jij');
    await look(mirjam, 'the organisation administrator after activating', 'administration-organisation-admin');

    // A professional, with discipline and phone.
    await mirjam.getByRole('radio', { name: 'Professional' }).check();
    await type(mirjam, 'E-mailadres', professional.email);
    await type(mirjam, 'Naam', professional.name);
    await type(mirjam, 'Functie (niet verplicht)', 'jeugdconsulent');
    await type(mirjam, 'Werktelefoonnummer (niet verplicht)', '030 123 45 67');
    await mirjam.getByRole('button', { name: 'Account aanmaken' }).click();
    await mirjam
      .getByRole('status')
      .filter({ hasText: `${professional.name} krijgt een e-mail op ${professional.email}` })
      .waitFor();
    const nadia = mirjam.getByRole('listitem').filter({ has: mirjam.getByRole('heading', { name: professional.name }) });
    expect(await nadia.innerText()).toContain('Wacht op activering');
    expect(await nadia.innerText()).toContain('jeugdconsulent');
    expect(await activationLinkFor(professional.email)).toContain('/account-activeren#token=');
    await look(mirjam, 'the organisation administrator created a professional', 'administration-professional-created');

    // Disabling asks first and says the sessions end at once; enabling gives the account back.
    await nadia.getByRole('button', { name: `Uitschakelen: ${professional.name}` }).click();
    const question = nadia.getByRole('region', { name: `${professional.name} uitschakelen?` });
    await question.waitFor();
    expect(await question.innerText()).toContain('dan stopt dat meteen, op elk apparaat');
    await look(mirjam, 'the question before disabling an account', 'administration-disable-question');
    await question.getByRole('button', { name: 'Ja, uitschakelen' }).click();
    await nadia.getByText(`${professional.name} is uitgeschakeld en kan niet meer inloggen.`, { exact: false }).waitFor();
    expect(await nadia.innerText()).toContain('Uitgeschakeld');
    await nadia.getByRole('button', { name: `Weer inschakelen: ${professional.name}` }).click();
    await nadia.getByRole('button', { name: 'Ja, weer inschakelen' }).click();
    await nadia.getByText(`${professional.name} is weer ingeschakeld.`).waitFor();
    expect(await nadia.innerText()).toContain('Wacht op activering');
    await mirjam.context().close();

    // The link works once.
    const again = await openFreshPage(page.context().browser(), viewport);
    await again.goto(link);
    await type(again, 'Nieuw wachtwoord', NEW_PASSWORD);
    await type(again, 'Herhaal het wachtwoord', NEW_PASSWORD);
    await again.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await again.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
    expect(await again.getByLabel('Nieuw wachtwoord').count()).toBe(0);
    await look(again, 'an activation link that was used already', 'account-activation-used-link');
    await again.context().close();
  });

  it('sends an organisation administrator to their accounts, never to a family', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await signIn(page, ORGANISATION_ADMIN.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Accounts van Wijkteam Utrecht Centrum' }).waitFor();
    const sanne = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Sanne Jansen' }) });
    expect(await sanne.innerText()).toContain('Geactiveerd');
    const femke = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Femke de Wit' }) });
    expect(await femke.innerText()).toContain('Uitgeschakeld');
    await look(page, 'an organisation administrator’s accounts', 'administration-demo-organisation');

    // A family's address leads back to the administration, without any of the family's information.
    await page.goto('/gezinnen/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'Accounts van Wijkteam Utrecht Centrum' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/beheer');
  });

  it('says so when the activation link is not complete', async () => {
    const { page } = browser;
    await page.goto('/account-activeren');
    await page.getByRole('heading', { name: 'Deze link is niet compleet' }).waitFor();
    await look(page, 'an activation link without its token', 'account-activation-incomplete-link');
  });
});
