import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { DEMO_PASSWORD, REGISSEUR } from './support/demo-accounts';
import { lastEmailTo } from './support/outbox';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

const ESTHER = { email: 'esther.degraaf@mail.example', displayName: 'Esther de Graaf' };
/** Written by the regisseur about Esther (demo data, scenario 1). */
const ABOUT_BAD_DAYS = 'Esther heeft last van sterke stemmingswisselingen.';

async function unreadInHeader(page: Page): Promise<number> {
  const text = await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).innerText();
  return Number(/\((\d+) nieuw\)/.exec(text)?.[1] ?? 0);
}

/**
 * The mother comments in the family portal; the regisseur sees it in her
 * header and on her notifications page, and gets an e-mail that names nothing.
 */
describe.each(VIEWPORTS)('a notification, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('the mother comments and the regisseur sees a notification', async () => {
    const { page } = browser;
    await page.goto('/inloggen');
    await signIn(page, REGISSEUR.email, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: `Welkom, ${REGISSEUR.displayName}` }).waitFor();
    const before = await unreadInHeader(page);

    const mother = await openFreshPage(page.context().browser(), viewport);
    await mother.goto('/inloggen');
    await signIn(mother, ESTHER.email, DEMO_PASSWORD);
    await mother.getByRole('heading', { level: 1, name: `Welkom, ${ESTHER.displayName}` }).waitFor();
    await mother.getByRole('link', { name: /Gezin Meijer/ }).click();
    await mother.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
    const item = mother.getByRole('listitem').filter({ hasText: ABOUT_BAD_DAYS });
    const comment = `Het gaat deze week beter (${viewport.name}).`;
    await item.getByRole('button', { name: 'Reageren' }).click();
    await item.getByLabel('Jouw reactie').pressSequentially(comment);
    await item.getByRole('button', { name: 'Reactie opslaan' }).click();
    await item.getByRole('paragraph').filter({ hasText: comment }).waitFor();
    await mother.context().close();

    await page.reload();
    await page.getByRole('banner').getByRole('link', { name: `Meldingen (${before + 1} nieuw)` }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: /^Meldingen/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const notification = page.getByRole('listitem').filter({ hasText: 'Het gezin heeft gereageerd in het plan van Gezin Meijer' }).first();
    await notification.waitFor();
    await checkAccessibility(page, 'notifications page');
    await screenshot(page, 'notifications');
    await notification.getByRole('button', { name: 'Gelezen' }).click();
    await page.getByRole('banner').getByRole('link', { name: before === 0 ? 'Meldingen' : `Meldingen (${before} nieuw)` }).waitFor();

    // The e-mail (kept in the outbox, without SMTP) names no family and no words of the comment.
    const mail = await waitForMail(REGISSEUR.email);
    expect(mail.body).toContain('/meldingen');
    expect(mail.body).not.toContain('Meijer');
    expect(mail.body).not.toContain(comment);
  });
});

async function waitForMail(address: string): Promise<{ subject: string; body: string }> {
  for (let tries = 0; ; tries++) {
    const mail = await lastEmailTo(address).catch(() => null);
    if (mail?.subject === 'Er is iets nieuws voor u in Gezinsplan') return mail;
    if (tries > 40) throw new Error(`No notification e-mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
