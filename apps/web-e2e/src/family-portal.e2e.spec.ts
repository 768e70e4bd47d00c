import { Page } from 'playwright-core';
import { checkAccessibility } from './support/accessibility';
import { useBrowser } from './support/browser';
import { screenshot } from './support/screenshot';
import { signInAsDemo } from './support/sign-in';
import { VIEWPORTS } from './support/viewports';

/**
 * Scenario 1 of the domain brief, from the family's side: Esther, mother of
 * Lisanne (9) and Lars (15), with parental authority, and Lars himself. The
 * texts checked here are the demo data's (apps/api/src/demo/scenarios/lisanne-and-lars.ts).
 */
const ESTHER = { email: 'esther.degraaf@mail.example', displayName: 'Esther de Graaf' };
const LARS = { email: 'lars.meijer@mail.example', displayName: 'Lars Meijer' };

const INVOLVED = [
  'Wijkteam Utrecht Centrum',
  'Basisschool De Regenboog',
  'Stedelijk College Amersfoort',
  'GGZ Midden-Nederland',
  'Thuisbegeleiding Samen Sterk',
];
/** Withheld from the family by the regisseur, at Lars's request. */
const WITHHELD = 'Lars vertelde in vertrouwen';
/** GGZ's treatment notes, about Esther only: hers to read, not her son's. */
const GGZ_NOTES = [
  'Behandelgesprek. De stemming van Esther wisselt sterk',
  'We maken samen een signaleringsplan',
  'Esther is bang dat het weer misgaat',
];

/** Esther's agreements about her debts (category finances): hers, not her son's. */
const MOTHERS_DEBT_AGREEMENTS = [
  'Esther meldt zich aan bij de schuldhulpverlening van de gemeente.',
  'Sanne gaat met Esther mee naar het eerste gesprek bij de schuldhulpverlening.',
];

async function openOurPlan(page: Page, account: { email: string; displayName: string }): Promise<void> {
  await signInAsDemo(page, account);
  await page.getByRole('link', { name: /Gezin Meijer/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Ons plan' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/ons-plan\/[0-9a-f-]{36}$/);
  expect(await page.title()).toBe('Ons plan – Gezinsplan');
}

describe.each(VIEWPORTS)('"Ons plan" in scenario 1, on a $name screen', (viewport) => {
  const browser = useBrowser(viewport);

  it('shows the mother who helps the family and who their regisseur is, and nothing withheld from her', async () => {
    const { page } = browser;
    await openOurPlan(page, ESTHER);

    const whoHelps = page.getByRole('region', { name: 'Wie helpt jullie' });
    const regisseur = whoHelps.getByRole('heading', { name: 'Jullie regisseur: jullie vaste aanspreekpunt' });
    await regisseur.waitFor();
    const whoHelpsText = await whoHelps.innerText();
    expect(whoHelpsText).toContain('Sanne Jansen houdt het overzicht.');
    expect(whoHelpsText).toContain('sanne.jansen@wijkteam.example');
    for (const organisation of INVOLVED) expect(whoHelpsText).toContain(organisation);
    expect(whoHelpsText).toContain('GGZ: behandeling van Esther');

    const main = await page.getByRole('main').innerText();
    // The plan itself: goals in the family's own words, agreements, the children's voice.
    expect(main).toContain('Lisanne speelt elke week met een klasgenoot.');
    expect(main).toContain('Esther maakt met de moeder van een klasgenoot een speelafspraak voor Lisanne.');
    expect(main).toContain('Als mama verdrietig is, ben ik heel stil.');
    // Withheld from the family with a recorded reason: not there at all, not even as a stub.
    expect(main).not.toContain(WITHHELD);
    expect(main).not.toContain('bij zijn vader te gaan wonen');
    // GGZ's notes are about Esther herself: a parent reads what concerns her (access-rules.md).
    for (const note of GGZ_NOTES) expect(main).toContain(note);
    // Her own agreement is hers to mark done; another's is not.
    const own = page.getByRole('listitem').filter({ hasText: 'een speelafspraak voor Lisanne' });
    expect(await own.getByRole('button', { name: 'Dit is gedaan' }).count()).toBe(1);
    const schools = page.getByRole('listitem').filter({ hasText: 'Peter spreekt Lars elke twee weken kort op school' });
    expect(await schools.getByRole('button', { name: 'Dit is gedaan' }).count()).toBe(0);

    await checkAccessibility(page, 'family portal: our plan');
    await screenshot(page, 'family-portal-plan');
  });

  it('shows Lars (15) what concerns him, and neither his mother’s GGZ notes nor what he told in confidence', async () => {
    const { page } = browser;
    await openOurPlan(page, LARS);

    const main = await page.getByRole('main').innerText();
    expect(main).toContain('Jullie regisseur: jullie vaste aanspreekpunt');
    expect(main).toContain("Lars: 'Ik wil niet meer uit de les gestuurd worden en gewoon mijn diploma halen.'");
    expect(main).toContain('Die time-outplek helpt echt.');
    for (const note of GGZ_NOTES) expect(main).not.toContain(note);
    expect(main).not.toContain('Esther heeft last van sterke stemmingswisselingen');
    // His mother's debt-help agreements are hers: not there at all, not even as a stub.
    for (const agreement of MOTHERS_DEBT_AGREEMENTS) expect(main).not.toContain(agreement);
    expect(main).not.toContain('schuldhulpverlening');
    expect(main).not.toContain(WITHHELD);
    // Who is involved is everyone's to know, GGZ included; what GGZ writes is not.
    expect(await page.getByRole('region', { name: 'Wie helpt jullie' }).innerText()).toContain('GGZ Midden-Nederland');

    await checkAccessibility(page, 'family portal: our plan, as Lars');
    await screenshot(page, 'family-portal-plan-lars');
  });
});
