import { Page } from 'playwright-core';
import { DEMO_PASSWORD } from './demo-accounts';

/**
 * Signs in the way a person does: clicks into each field of the Dutch sign-in
 * page, types, and presses the button. Leaves the outcome to the test.
 */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const emailField = page.getByLabel('E-mailadres', { exact: true });
  await emailField.click();
  await emailField.pressSequentially(email);
  const passwordField = page.getByLabel('Wachtwoord', { exact: true });
  await passwordField.click();
  await passwordField.pressSequentially(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** A demo account: the address it signs in with, and the name its home page greets it by. */
export interface DemoAccount {
  email: string;
  displayName: string;
}

/** Opens the app signed out, signs in as a demo account, and waits for its welcome. */
export async function signInAsDemo(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/');
  await page.waitForURL('**/inloggen');
  await signIn(page, account.email, DEMO_PASSWORD);
  await page.getByRole('heading', { level: 1, name: `Welkom, ${account.displayName}` }).waitFor();
}

/** From a professional's home page, opens one of their families' plans. */
export async function openMyFamily(page: Page, familyName: string): Promise<void> {
  await page.getByRole('region', { name: 'Mijn gezinnen', exact: true }).getByRole('link', { name: familyName }).click();
  await page.getByRole('heading', { level: 1, name: familyName }).waitFor();
}
