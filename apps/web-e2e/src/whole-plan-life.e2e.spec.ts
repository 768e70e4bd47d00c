import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { openFreshPage, useBrowser } from './support/browser';
import { REGISSEUR } from './support/demo-accounts';
import { activationLinkFor } from './support/outbox';
import { screenshot } from './support/screenshot';
import { openMyFamily, signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * A whole plan life as scenario 3 of the domain brief (the network carries the
 * safety plan), built in the web client from an empty family: the regisseur
 * starts the plan with the family and its network, involves Veilig Thuis with
 * the mother's consent and writes the safety plan; Veilig Thuis sets its
 * bottom line; the grandmother reads her part of the roster on her phone; the
 * regisseur holds the evaluation, prints the plan and closes it; the mother
 * reads the closed plan. The steps share one family on one server, in order.
 */
const FAMILY = 'Gezin Kramer';
const VEILIG_THUIS = { email: 'linda.visser@veiligthuis.example', displayName: 'Linda Visser' };
const MOTHER = { name: 'Naima Kramer', email: 'naima.kramer@mail.example', password: 'koffie op zaterdag met oma' };
const GRANDMOTHER = { name: 'Oma Truus', email: 'truus.kramer@mail.example', password: 'boodschappen op donderdag' };

const GOAL = 'Emma en Daan gaan zonder ruzie tussen hun ouders heen en weer.';
const SAFETY_PLAN = 'Emma en Daan zijn veilig tijdens de scheiding van hun ouders.';
const PLAN_B = 'Lukt een overdracht niet, dan gaan de kinderen met Oma Truus mee naar haar huis.';
const SAFETY_AGREEMENT = 'Oma Truus doet op donderdag de boodschappen; zij past niet alleen op de kinderen.';
const MONDAY = 'Haalt Emma en Daan op maandag uit school en brengt ze naar hun vader.';
const THURSDAY = 'Doet de boodschappen voor Naima en drinkt koffie met de kinderen.';
const CONDITION = 'Minstens drie mensen uit het netwerk weten wat er speelt en komen om de beurt langs.';
const EVALUATION = 'Hoe gaan de overdrachten en het rooster?';
const OUTCOME = 'De overdrachten gaan rustig en het rooster werkt.';
const FAMILY_VIEW = 'Naima: het is rustiger in huis.';
const CLOSING = 'Het netwerk houdt de afspraken zelf vol; het gezin heeft het plan niet meer nodig.';

const [DESKTOP, PHONE] = VIEWPORTS;

function dayFromToday(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function look(page: Page, name: string, file: string): Promise<void> {
  await checkAccessibility(page, name);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, file);
}

async function startThePlan(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Nieuw gezinsplan' }).getByRole('link', { name: 'Nieuw gezinsplan starten' }).click();
  await page.getByLabel('Naam van het gezin').fill(FAMILY);
  const members: Array<[string, string, string | null]> = [
    ['Naima', '1990-03-02', null],
    ['Emma', '2016-06-10', 'Kind'],
    ['Daan', '2019-09-21', 'Kind'],
  ];
  for (const [index, [givenName, dateOfBirth, role]] of members.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Nog een gezinslid toevoegen' }).click();
    const member = page.getByRole('group', { name: `Gezinslid ${index + 1}` });
    await member.getByLabel('Voornaam').fill(givenName);
    await member.getByLabel('Achternaam').fill('Kramer');
    await member.getByLabel('Geboortedatum').fill(dateOfBirth);
    if (role) await member.getByLabel('Rol in het gezin').selectOption({ label: role });
  }
  const network = page.getByRole('region', { name: 'Netwerk (niet verplicht)' });
  const people: Array<[string, string, string]> = [
    [GRANDMOTHER.name, 'oma', '06-11122233'],
    ['Buurman Jan', 'buurman', '06-44455566'],
  ];
  for (const [index, [name, relation, phone]] of people.entries()) {
    await network.getByRole('button', { name: 'Netwerklid toevoegen' }).click();
    const person = network.getByRole('group', { name: `Netwerklid ${index + 1}` });
    await person.getByLabel('Naam').fill(name);
    await person.getByLabel('Wie is dit voor het gezin?').fill(relation);
    await person.getByLabel('Telefoonnummer (niet verplicht)').fill(phone);
  }
  await page.getByLabel('Jouw taak bij dit gezin').fill('Regie en het veiligheidsplan met het netwerk');
  await page.getByLabel('Veiligheid').check();
  await page.getByRole('button', { name: 'Gezinsplan starten' }).click();
  await page.getByRole('heading', { level: 1, name: FAMILY }).waitFor();
}

async function givePortalAccess(page: Page, section: string, name: string, email: string): Promise<void> {
  const region = page.getByRole('region', { name: section, exact: true });
  await region.getByRole('button', { name: `Toegang geven tot het portaal: ${name}` }).click();
  await region.getByLabel(`E-mailadres van ${name}`).fill(email);
  await region.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await region.getByText(`Uitgenodigd voor het portaal. ${name} gebruikt het nog niet.`).waitFor();
}

async function involveVeiligThuis(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Betrokkenen uitnodigen en beëindigen' }).click();
  await page.getByRole('link', { name: 'Professional uitnodigen' }).click();
  await page.getByLabel('Organisatie').selectOption({ label: 'Veilig Thuis Utrecht' });
  await page.getByLabel('Professional', { exact: true }).selectOption({ label: 'Linda Visser, casemanager Veilig Thuis' });
  await page.getByLabel('Taak').fill('Veiligheidsvoorwaarden stellen en bewaken');
  await page.getByLabel('Emma Kramer').check();
  await page.getByLabel('Daan Kramer').check();
  await page.getByLabel('Veiligheid').check();
  await page.getByRole('button', { name: 'Uitnodigen' }).click();
  await page.getByRole('heading', { name: 'Linda Visser is uitgenodigd' }).waitFor();

  // The mother consents, for each child, to Veilig Thuis reading what concerns their safety.
  await page.getByRole('link', { name: 'Toestemming vastleggen' }).click();
  const form = page.getByRole('region', { name: 'Toestemming vastleggen' });
  for (const child of ['Emma Kramer', 'Daan Kramer']) {
    await form.getByLabel('Over wie gaat de informatie?').selectOption({ label: child });
    await form.getByLabel('Delen met betrokken professionals').check();
    await form.getByLabel('Linda Visser, Veilig Thuis Utrecht').check();
    await form.getByLabel('Veiligheid').check();
    await form.getByRole('group', { name: 'Wie gaf toestemming?' }).getByLabel(MOTHER.name).check();
    await form.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await page.getByRole('region', { name: 'Vastgelegde toestemming' }).getByText(`${child}: Delen met betrokken professionals`).waitFor();
  }
  await page.getByRole('link', { name: `Terug naar het plan van ${FAMILY}` }).click();
  await page.getByRole('heading', { level: 1, name: FAMILY }).waitFor();
}

async function writeTheSafetyPlan(page: Page): Promise<void> {
  const safety = page.getByRole('region', { name: 'Veiligheidsplan' });
  await safety.getByRole('button', { name: 'Veiligheidsplan maken' }).click();
  await safety.getByLabel('Waar gaat het veiligheidsplan over?').fill(SAFETY_PLAN);
  await safety.getByLabel('Aanspreekpunt', { exact: true }).fill('Sanne Jansen (wijkteam)');
  await safety.getByLabel('Telefoonnummer van het aanspreekpunt (niet verplicht)').fill('030-1234567');
  await safety.getByLabel('Plan B').fill(PLAN_B);
  await safety.getByLabel('Datum van de evaluatie').fill(dayFromToday(42));
  await safety.getByRole('button', { name: 'Veiligheidsplan opslaan' }).click();
  await safety.getByText(PLAN_B).waitFor();

  await safety.getByRole('button', { name: 'Veiligheidsafspraak toevoegen' }).click();
  await safety.getByLabel('Wat spreken jullie af?').fill(SAFETY_AGREEMENT);
  await safety.getByLabel('Wie doet het? (niet verplicht)').selectOption({ label: 'Oma Truus (oma)' });
  await safety.getByRole('button', { name: 'Afspraak opslaan' }).click();
  await safety.getByRole('region', { name: 'Veiligheidsafspraken' }).getByRole('listitem').filter({ hasText: SAFETY_AGREEMENT }).waitFor();

  const roster: Array<[string, string, string]> = [
    ['Buurman Jan (buurman)', MONDAY, 'maandag'],
    ['Oma Truus (oma)', THURSDAY, 'donderdag'],
  ];
  for (const [who, what, day] of roster) {
    await safety.getByRole('button', { name: 'Regel aan het rooster toevoegen' }).click();
    await safety.getByLabel('Wie?', { exact: true }).selectOption({ label: who });
    await safety.getByLabel('Wat doet deze persoon?').fill(what);
    await safety.getByLabel('Op welke dag?').selectOption({ label: day });
    await safety.getByLabel('Bij wie meldt deze persoon zich af? (niet verplicht)').fill('Sanne Jansen');
    await safety.getByRole('button', { name: 'In het rooster zetten' }).click();
    await safety.getByRole('region', { name: 'Rooster' }).getByRole('listitem').filter({ hasText: what }).waitFor();
  }

  const goals = page.getByRole('region', { name: 'Doelen' });
  await goals.getByRole('button', { name: 'Doel toevoegen' }).click();
  await goals.getByLabel('Doel', { exact: true }).fill(GOAL);
  await goals.getByRole('checkbox', { name: 'Emma Kramer' }).check();
  await goals.getByRole('checkbox', { name: 'Daan Kramer' }).check();
  await goals.getByRole('button', { name: 'Doel opslaan' }).click();
  await goals.getByRole('listitem').filter({ hasText: GOAL }).waitFor();
}

/** Opens an e-mailed link in a fresh browser, chooses a password, and lands in the portal. */
async function acceptInvitation(page: Page, person: { name: string; email: string; password: string }): Promise<void> {
  await page.goto(await activationLinkFor(person.email));
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(person.password);
  await page.getByLabel('Herhaal het wachtwoord', { exact: true }).fill(person.password);
  await page.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }).click();
  await page.getByRole('heading', { level: 1, name: `Welkom, ${person.name}` }).waitFor();
}

describe('a whole plan life, from an empty family to a closed plan (scenario 3)', () => {
  const browser = useBrowser(DESKTOP);

  it('the regisseur builds the plan with the family, its network and Veilig Thuis', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await startThePlan(page);
    await givePortalAccess(page, 'Gezin en netwerk', MOTHER.name, MOTHER.email);
    await givePortalAccess(page, 'Netwerk', GRANDMOTHER.name, GRANDMOTHER.email);
    await involveVeiligThuis(page);
    await writeTheSafetyPlan(page);

    const involved = await page.getByRole('region', { name: 'Wie is betrokken' }).innerText();
    expect(involved).toContain('Veilig Thuis Utrecht');
    const roster = await page.getByRole('region', { name: 'Rooster' }).innerText();
    expect(roster).toContain(MONDAY);
    expect(roster).toContain(THURSDAY);
    await look(page, 'the plan built from an empty family', 'whole-life-plan-built');
  }, 240_000);

  it('Veilig Thuis sets its bottom line in the safety plan', async () => {
    const { page } = browser;
    await signInAsDemo(page, VEILIG_THUIS);
    await openMyFamily(page, FAMILY);
    const safety = page.getByRole('region', { name: 'Veiligheidsplan' });
    await safety.getByRole('button', { name: 'Veiligheidsvoorwaarde stellen' }).click();
    await safety.getByLabel('Voorwaarde', { exact: true }).fill(CONDITION);
    await safety.getByLabel('Emma Kramer').check();
    await safety.getByLabel('Daan Kramer').check();
    await safety.getByRole('button', { name: 'Voorwaarde opslaan' }).click();
    const condition = safety.getByRole('listitem').filter({ hasText: CONDITION });
    await condition.waitFor();
    expect(await condition.innerText()).toContain('Linda Visser (Veilig Thuis Utrecht)');
    await look(page, 'Veilig Thuis after setting a safety condition', 'whole-life-safety-condition');
  });

  it('the grandmother reads her part of the roster on her phone', async () => {
    const phone = await openFreshPage(browser.page.context().browser(), PHONE);
    try {
      await acceptInvitation(phone, GRANDMOTHER);
      await phone.getByRole('link', { name: new RegExp(FAMILY) }).click();
      await phone.getByRole('heading', { level: 1, name: 'Jouw rol in het veiligheidsplan' }).waitFor();

      const worried = await phone.getByRole('region', { name: 'Als je je zorgen maakt' }).innerText();
      expect(worried).toContain('030-1234567');
      expect(worried).toContain(PLAN_B);
      const tasks = phone.getByRole('region', { name: 'Wat jij doet' });
      await tasks.getByRole('heading', { name: 'Donderdag' }).waitFor();
      const mine = await tasks.innerText();
      expect(mine).toContain(THURSDAY);
      // The neighbour's Monday is his, not hers.
      expect(mine).not.toContain(MONDAY);
      const conditions = await phone.getByRole('region', { name: 'Hier houdt iedereen zich aan' }).innerText();
      expect(conditions).toContain(CONDITION);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
      await look(phone, 'the grandmother’s roster on a phone', 'whole-life-network-roster');
    } finally {
      await phone.context().close();
    }
  });

  it('the regisseur holds the evaluation with an outcome per goal and the family’s view', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, FAMILY);
    const evaluations = page.getByRole('region', { name: 'Evaluaties' });
    await evaluations.getByRole('button', { name: 'Evaluatie plannen' }).click();
    await evaluations.getByLabel('Wat bespreken jullie?').fill(EVALUATION);
    await evaluations.getByLabel('Datum van de evaluatie').fill(dayFromToday(0));
    await evaluations.getByLabel('Linda Visser (Veilig Thuis Utrecht)').check();
    await evaluations.getByRole('button', { name: 'Evaluatie plannen' }).last().click();
    const evaluation = evaluations.getByRole('listitem').filter({ hasText: EVALUATION });
    await evaluation.waitFor();

    await evaluation.getByRole('button', { name: 'Evaluatie houden' }).click();
    await evaluation.getByLabel('Wat kwam er uit de evaluatie?').fill(OUTCOME);
    await evaluation.getByRole('group', { name: `Doel: ${GOAL}` }).getByLabel('Deels bereikt').check();
    await evaluation.getByLabel('Wat vindt het gezin ervan? (niet verplicht)').fill(FAMILY_VIEW);
    await evaluation.getByRole('button', { name: 'Uitkomst opslaan' }).click();
    await evaluation.getByRole('status').filter({ hasText: 'De uitkomst van de evaluatie is opgeslagen.' }).waitFor();
    const held = await evaluation.innerText();
    expect(held).toContain('Gehouden');
    expect(held).toContain(OUTCOME);
    expect(held).toContain(`${GOAL}: deels bereikt`);
    expect(held).toContain(FAMILY_VIEW);
    expect(held).toContain('Linda Visser (Veilig Thuis Utrecht)');
    await look(page, 'a held evaluation', 'whole-life-evaluation-held');
  });

  it('the regisseur prints the plan for the family meeting, without buttons', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, FAMILY);
    await page.getByRole('link', { name: 'Plan afdrukken voor de gezinsbijeenkomst' }).click();
    await page.getByRole('heading', { level: 1, name: `Plan van ${FAMILY}` }).waitFor();
    const main = page.getByRole('main');
    const paper = await main.innerText();
    expect(paper).toContain(GOAL);
    expect(paper).toContain(SAFETY_AGREEMENT);
    expect(paper).toContain(PLAN_B);
    expect(paper).toContain(CONDITION);
    expect(await page.getByRole('region', { name: 'Wie helpen er mee' }).innerText()).toContain(GRANDMOTHER.name);
    await page.getByRole('region', { name: 'Handtekeningen' }).waitFor();
    // Nothing to click but the print button itself, and on paper not even that.
    expect(await main.getByRole('button').allInnerTexts()).toEqual(['Afdrukken']);
    await page.emulateMedia({ media: 'print' });
    expect(await main.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    await look(page, 'the printable plan', 'whole-life-print');
  });

  it('the regisseur closes the plan: read-only for everyone and gone from her families', async () => {
    const { page } = browser;
    await signInAsDemo(page, REGISSEUR);
    await openMyFamily(page, FAMILY);
    await page.getByRole('link', { name: 'Plan afsluiten of weer openen' }).click();
    await page.getByRole('heading', { level: 1, name: `Plan afsluiten of heropenen: ${FAMILY}` }).waitFor();
    await page.getByLabel('De doelen zijn bereikt').check();
    await page.getByLabel('Uitleg').fill(CLOSING);
    await page.getByLabel('Eindevaluatie').fill(OUTCOME);
    await look(page, 'closing a plan', 'whole-life-closing');
    await page.getByRole('button', { name: 'Plan afsluiten' }).click();
    await page.getByRole('heading', { level: 1, name: FAMILY }).waitFor();

    const plan = page.getByRole('main');
    await plan.getByText(CLOSING).first().waitFor();
    expect(await plan.getByRole('button', { name: 'Wijzigen' }).count()).toBe(0);
    expect(await plan.getByRole('button', { name: 'Doel toevoegen' }).count()).toBe(0);
    await look(page, 'a closed plan', 'whole-life-closed');

    await page.getByRole('link', { name: 'Terug naar mijn overzicht' }).click();
    const families = page.getByRole('region', { name: 'Mijn gezinnen', exact: true });
    // Her other families stay; the closed plan leaves the list once the overview is fresh.
    await families.getByRole('link', { name: 'Gezin Meijer' }).waitFor();
    await families.getByRole('link', { name: FAMILY }).waitFor({ state: 'detached' });
    // It is listed apart, to read, and to reopen with a reason.
    const closed = page.getByRole('region', { name: 'Afgesloten plannen' });
    await closed.getByRole('link', { name: FAMILY, exact: true }).waitFor();
    await look(page, 'the overview with a closed plan', 'whole-life-closed-plans');
    await closed.getByRole('link', { name: `Plan van ${FAMILY} weer openen` }).click();
    await page.getByRole('heading', { level: 2, name: 'Plan weer openen' }).waitFor();
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await page.getByRole('heading', { level: 1, name: FAMILY }).waitFor();
  });

  it('the mother reads the closed plan in the portal', async () => {
    const { page } = browser;
    await acceptInvitation(page, MOTHER);
    await page.getByRole('main').getByRole('link', { name: new RegExp(FAMILY) }).click();
    const main = page.getByRole('main');
    await main.getByText(GOAL, { exact: true }).waitFor();
    const plan = await main.innerText();
    expect(plan).toContain(OUTCOME);
    expect(plan).toContain(FAMILY_VIEW);
    expect(plan).toContain(SAFETY_AGREEMENT);
    expect(await main.getByRole('button').count()).toBe(0);
    await look(page, 'the mother reads the closed plan', 'whole-life-portal-closed');
  });
});
