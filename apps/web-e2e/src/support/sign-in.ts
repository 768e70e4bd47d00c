import { Page } from 'playwright-core';

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
