import { Page, request } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { DEMO_PASSWORD } from './support/demo-accounts';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';
import { baseUrl } from './support/workspace';

const ESTHER = { email: 'esther.degraaf@mail.example', displayName: 'Esther de Graaf' };
/** Lisanne's school counsellor: reads the plan for her task, with the parents' consent. */
const MARIEKE = { email: 'marieke.devries@regenboog.example', name: 'Marieke de Vries', organisation: 'Basisschool De Regenboog' };
/** Written by the regisseur about Esther (demo data, scenario 1). */
const ABOUT_BAD_DAYS = 'Esther heeft last van sterke stemmingswisselingen.';

/**
 * What a professional does on their own page: read the family's plan. Done
 * through the API, as set-up: this test is about what the family sees of it.
 */
async function professionalReadsThePlan(account: { email: string }, familyName: string): Promise<void> {
  const api = await request.newContext({ baseURL: baseUrl() });
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await api.post('/graphql', { data: { query, variables } });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`The API refused: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  try {
    await ask('mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: account.email, password: DEMO_PASSWORD },
    });
    const { myFamilies } = await ask<{ myFamilies: { id: string; name: string }[] }>('query { myFamilies { id name } }');
    const family = myFamilies.find((candidate) => candidate.name === familyName);
    if (!family) throw new Error(`${account.email} does not work with ${familyName}`);
    await ask('query Plan($id: ID!) { family(id: $id) { id plan { id text } } }', { id: family.id });
  } finally {
    await api.dispose();
  }
}

async function openOurPlan(page: Page): Promise<void> {
  await signInAsDemo(page, ESTHER);
  await page.getByRole('link', { name: /Gezin Meijer/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
}

async function respond(page: Page, button: string, label: string, text: string, submit: string): Promise<void> {
  const item = page.getByRole('listitem').filter({ hasText: ABOUT_BAD_DAYS });
  await item.getByRole('button', { name: button }).click();
  const field = item.getByLabel(label);
  // The form opens with the focus in its text box.
  expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
  await field.pressSequentially(text);
  await item.getByRole('button', { name: submit }).click();
  await item.getByRole('paragraph').filter({ hasText: text }).waitFor();
}

describe.each(VIEWPORTS)('the family responds and sees who looked, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('lets Esther comment and record her own view, then shows her the professionals who read the plan', async () => {
    const { page } = browser;
    await professionalReadsThePlan(MARIEKE, 'Gezin Meijer');
    await openOurPlan(page);

    const item = page.getByRole('listitem').filter({ hasText: ABOUT_BAD_DAYS });
    // Her own view from the demo data stands under the regisseur's text.
    expect(await item.innerText()).toContain('Zo klinkt het alsof ik de hele dag in bed lig.');

    // An empty comment is refused next to its field, before anything is sent.
    await item.getByRole('button', { name: 'Reageren' }).click();
    await item.getByRole('button', { name: 'Reactie opslaan' }).click();
    const field = item.getByLabel('Jouw reactie');
    await item.getByText('Schrijf eerst iets in het tekstvak.').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await item.innerText()).toContain('je kunt dit later niet meer veranderen of weghalen');
    await checkAccessibility(page, 'family portal: comment with a field error');
    await item.getByRole('button', { name: 'Annuleren' }).click();

    const comment = `De laatste weken gaat het beter, ook op maandag (${viewport.name}).`;
    await respond(page, 'Reageren', 'Jouw reactie', comment, 'Reactie opslaan');
    await item.getByText('Je reactie is opgeslagen. Die staat nu onder dit onderdeel.').waitFor();
    const ownView = `Wij zien het anders: ik vraag zelf op tijd om hulp (${viewport.name}).`;
    await respond(page, 'Wat vinden jullie zelf?', 'Wat vinden jullie zelf?', ownView, 'Onze mening opslaan');
    await item.getByText('Jullie mening is opgeslagen.', { exact: false }).waitFor();

    const itemText = await item.innerText();
    expect(itemText).toMatch(/Reactie van Esther de Graaf, \d{1,2} \w+ \d{4}/);
    expect(itemText).toMatch(/Eigen mening van Esther de Graaf, \d{1,2} \w+ \d{4}/);
    await checkAccessibility(page, 'family portal: after a comment and an own view');
    await screenshot(page, 'family-portal-responses');

    // Still there after a reload: saved, and never to be changed.
    await page.reload();
    await page.getByRole('listitem').filter({ hasText: ABOUT_BAD_DAYS }).getByText(ownView).waitFor();

    // Who looked at the plan: the professional who read it, with her organisation and why she could.
    await page.getByRole('navigation', { name: 'Ons gezinsplan' }).getByRole('link', { name: 'Wie heeft ons plan bekeken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wie heeft ons plan bekeken' }).waitFor();
    expect(await page.title()).toBe('Wie heeft ons plan bekeken – Gezinsplan');
    const line = page.getByRole('listitem').filter({ hasText: `${MARIEKE.name}, ${MARIEKE.organisation}` }).first();
    await line.waitFor();
    const lineText = await line.innerText();
    expect(lineText).toContain('Bekeek het plan');
    expect(lineText).toContain('Voor de eigen taak bij jullie gezin, met jullie toestemming');
    // The family's own reading is there on request, not in the way.
    expect(await page.getByRole('main').innerText()).not.toContain('Esther de Graaf (gezinslid)');
    await page.getByLabel('Laat ook zien wat gezinsleden zelf deden').check();
    await page.getByText('Esther de Graaf (gezinslid)').first().waitFor();
    await page.getByLabel('Laat ook zien wat gezinsleden zelf deden').uncheck();
    await checkAccessibility(page, 'family portal: access log');
    await screenshot(page, 'family-portal-access-log');
  });

  it('shows Esther what she agreed to share, and asks before a consent is withdrawn', async () => {
    const { page } = browser;
    await openOurPlan(page);
    await page.getByRole('navigation', { name: 'Ons gezinsplan' }).getByRole('link', { name: 'Toestemming' }).click();
    await page.getByRole('heading', { level: 1, name: 'Toestemming' }).waitFor();

    const lisanne = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Informatie over Lisanne Meijer delen met hulpverleners' }),
    });
    const text = await lisanne.innerText();
    expect(text).toContain('Deze toestemming geldt nu.');
    expect(text).toContain('Marieke de Vries (Basisschool De Regenboog)');
    await checkAccessibility(page, 'family portal: consents');
    await screenshot(page, 'family-portal-consents');

    await lisanne.getByRole('button', { name: 'Toestemming intrekken' }).click();
    const question = lisanne.getByRole('heading', { name: 'Weet je zeker dat je je toestemming wilt intrekken?' });
    await question.waitFor();
    expect(await lisanne.innerText()).toContain(
      'mag Marieke de Vries (Basisschool De Regenboog) deze informatie niet meer zien. Dat gaat meteen in.',
    );
    await checkAccessibility(page, 'family portal: withdrawing a consent');
    await screenshot(page, 'family-portal-consent-withdraw');
    // Other tests rely on the school's access: this one stops at the question.
    await lisanne.getByRole('button', { name: 'Nee, niet intrekken' }).click();
    await lisanne.getByRole('button', { name: 'Toestemming intrekken' }).waitFor();
    expect(await lisanne.innerText()).toContain('Deze toestemming geldt nu.');
  });
});
