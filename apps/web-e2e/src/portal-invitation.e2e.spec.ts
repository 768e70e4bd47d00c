import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { DEMO_PASSWORD, REGISSEUR } from './support/demo-accounts';
import { activationLinkFor } from './support/outbox';
import { screenshot } from './support/screenshot';
import { openMyFamily, signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * The regisseur opens the family portal (docs/deployment.md, "The first
 * accounts"): Sanne Jansen sees who of Gezin Meijer has an account, gives
 * someone without one access from the family plan page and sends a fresh
 * link; they choose a password through the newest e-mailed link (read from
 * the server's outbox) and land in the portal.
 * A different person on each screen size, since the server keeps its data.
 */
const INVITEES = {
  desktop: { name: 'Ronald Meijer', email: 'ronald.meijer@mail.example', section: 'Gezin en netwerk' },
  phone: { name: 'Oma Joke', email: 'oma.joke@mail.example', section: 'Netwerk' },
} as const;

async function look(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await screenshot(page, file);
}

describe.each(VIEWPORTS)('the regisseur gives access to the family portal, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('invites someone without an account from the family plan page, who then signs in to the portal', async () => {
    const { page } = browser;
    const invitee = INVITEES[viewport.name];
    await page.goto('/inloggen');
    await signIn(page, REGISSEUR.email, DEMO_PASSWORD);
    await openMyFamily(page, 'Gezin Meijer');

    const family = page.getByRole('region', { name: 'Gezin en netwerk', exact: true });
    // Lisanne is 9: no portal account yet, and the page says why.
    expect(await family.getByRole('button', { name: 'Toegang geven tot het portaal: Lisanne Meijer' }).count()).toBe(0);
    await family.getByText('Kinderen krijgen vanaf 12 jaar een eigen account voor het portaal.').waitFor();

    // Esther has a portal account: the page says so, and offers no invitation.
    await family.getByText('Esther de Graaf heeft een account voor het portaal.').waitFor();
    expect(await family.getByRole('button', { name: 'Toegang geven tot het portaal: Esther de Graaf' }).count()).toBe(0);

    // The person without an account: an e-mail with a link goes out. Whether the address has an account
    // already, the answer does not say (that would tell any regisseur who uses Gezinsplan).
    const section = page.getByRole('region', { name: invitee.section, exact: true });
    await section.getByRole('button', { name: `Toegang geven tot het portaal: ${invitee.name}` }).click();
    const email = section.getByLabel(`E-mailadres van ${invitee.name}`);
    await email.fill(invitee.email);
    await look(page, 'a portal invitation being written', 'portal-invitation-form');
    await section.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await section
      .getByRole('status')
      .filter({ hasText: `${invitee.name} krijgt een e-mail op ${invitee.email} met een link naar het portaal.` })
      .waitFor();
    await section.getByText(`Uitgenodigd voor het portaal. ${invitee.name} gebruikt het nog niet.`).waitFor();
    await look(page, 'a portal invitation sent', 'portal-invitation-sent');

    // The e-mail went missing: a fresh link replaces it.
    const firstLink = await activationLinkFor(invitee.email);
    await section.getByRole('button', { name: `Nieuwe link sturen: ${invitee.name}` }).click();
    await section.getByRole('status').filter({ hasText: 'De vorige link werkt niet meer.' }).waitFor();
    await look(page, 'a fresh portal link sent', 'portal-invitation-resent');
    const link = await activationLinkFor(invitee.email);
    expect(link).not.toBe(firstLink);

    // The invitee opens the newest link, chooses a password and is in the portal.
    const invited = await openFreshPage(page.context().browser(), viewport);
    await invited.goto(link);
    await invited.getByLabel('Nieuw wachtwoord', { exact: true }).fill('elke dinsdag koffie bij Esther');
    await invited.getByLabel('Herhaal het wachtwoord', { exact: true }).fill('elke dinsdag koffie bij Esther');
    await invited.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
    await invited.getByRole('heading', { level: 1, name: `Welkom, ${invitee.name}` }).waitFor();
    expect(new URL(invited.url()).pathname).toBe('/');
    // Their family's plan (or, for the network, their part of its safety plan) is one link away.
    await invited.getByRole('main').getByRole('link', { name: /Gezin Meijer/ }).waitFor();
    await look(invited, 'the portal after accepting the invitation', 'portal-invitation-accepted');
    await invited.context().close();
  });
});
