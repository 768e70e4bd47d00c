import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PlanSectionsView } from '../components/plan-sections-view';
import { PlanViewProvider } from '../components/plan-view-context';
import { member, planItem, redactedItem } from '../testing/plan-item-fixture';
import { planSections } from '../utils/plan-sections';

const members = [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' }), member('lisanne', 'Lisanne', 'Meijer')];

async function renderPlan(items: Parameters<typeof planSections>[0]) {
  const sections = planSections(items);
  return renderWithProviders(
    <PlanViewProvider
      value={{ members, goals: sections.goals, responsesByTarget: sections.responsesByTarget, today: '2026-03-10', editor: null }}
    >
      <PlanSectionsView sections={sections} />
    </PlanViewProvider>,
  );
}

describe('the plan as a professional reads it', () => {
  it('says that information exists and whom to ask, never what it says, one line per holder and person', async () => {
    await renderPlan([
      planItem({ id: 'school', kind: 'LOG_ENTRY', category: 'SCHOOL', text: 'Lisanne stak haar vinger op.', aboutMemberIds: ['lisanne'] }),
      redactedItem('ggz-1', 'LOG_ENTRY', 'GGZ Midden-Nederland', ['Esther de Graaf']),
      redactedItem('ggz-2', 'LOG_ENTRY', 'GGZ Midden-Nederland', ['Esther de Graaf']),
    ]);
    const logbook = screen.getByRole('region', { name: 'Logboek' });
    expect(within(logbook).getByText('Lisanne stak haar vinger op.')).toBeVisible();
    expect(
      within(logbook).getByText(
        'Er is informatie van GGZ Midden-Nederland over Esther de Graaf; neem contact op met Sanne Jansen. (2 onderdelen)',
      ),
    ).toBeVisible();
    expect(within(logbook).getByRole('link', { name: 'sanne.jansen@wijkteam.example' }).getAttribute('href')).toBe(
      'mailto:sanne.jansen@wijkteam.example',
    );
  });

  it('shows an agreement it may not read as a stub: who carries it, category, whom about, by when, status; never what it says', async () => {
    await renderPlan([
      {
        ...redactedItem('debt', 'AGREEMENT', 'Wijkteam Utrecht Centrum', ['Esther de Graaf']),
        category: 'FINANCES',
        aboutMemberIds: ['esther'],
        dueOn: '2026-02-21',
        status: 'NOT_KEPT',
        statusReason: null,
        assignee: { __typename: 'Party', type: 'INVOLVEMENT', id: 'inv-debt', name: 'Kees Vos', organisationName: 'Schuldhulp Utrecht' },
      },
    ]);
    const agreements = screen.getByRole('region', { name: 'Afspraken' });
    const stub = within(agreements).getByRole('listitem');
    expect(stub.textContent).toContain('Er is een afspraak die je niet kunt inzien. Wil je weten wat erin staat? Neem contact op met Sanne Jansen.');
    const facts = Object.fromEntries(
      within(stub).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toEqual({
      Wie: 'Kees Vos (Schuldhulp Utrecht)',
      Uiterlijk: expect.stringContaining('2026'),
      Status: 'Niet nagekomen',
      'Soort informatie': 'Financiën',
      Over: 'Esther de Graaf',
    });
    expect(within(stub).getByRole('link', { name: 'sanne.jansen@wijkteam.example' })).toBeVisible();
    expect(within(agreements).getByText('1 afspraak heeft aandacht nodig: te laat of niet nagekomen.')).toBeVisible();
  });

  it('marks an overdue agreement and a not-kept one with its reason, in words', async () => {
    await renderPlan([
      planItem({
        id: 'late',
        kind: 'AGREEMENT',
        text: 'Esther maakt een speelafspraak.',
        dueOn: '2026-03-06',
        status: 'OPEN',
        assignee: { type: 'FAMILY_MEMBER', id: 'esther', name: 'Esther de Graaf', organisationName: null },
      }),
      planItem({ id: 'missed', kind: 'AGREEMENT', text: 'Esther meldt zich aan.', dueOn: '2026-02-21', status: 'NOT_KEPT', statusReason: 'Ze zag er erg tegenop.' }),
      planItem({ id: 'fine', kind: 'AGREEMENT', text: 'Rob komt op maandag.', dueOn: '2026-04-09', status: 'OPEN' }),
    ]);
    const agreements = screen.getByRole('region', { name: 'Afspraken' });
    expect(within(agreements).getByText('2 afspraken hebben aandacht nodig: te laat of niet nagekomen.')).toBeVisible();
    const itemWith = (text: string) => within(agreements).getByText(text).closest('li') as HTMLElement;
    const late = itemWith('Esther maakt een speelafspraak.');
    const missed = itemWith('Esther meldt zich aan.');
    const fine = itemWith('Rob komt op maandag.');
    // What needs attention first, by date; then what is open.
    expect(within(agreements).getAllByRole('listitem')).toEqual([missed, late, fine]);
    expect(late.className).toContain('plan-item--attention');
    expect(late.textContent).toContain('Te laat');
    expect(late.textContent).toContain('Esther de Graaf (gezin)');
    expect(late.textContent).toContain('6 maart 2026');
    expect(missed.textContent).toContain('Niet nagekomen');
    expect(missed.textContent).toContain('Ze zag er erg tegenop.');
    expect(fine.className).not.toContain('plan-item--attention');
  });

  it('shows the family’s own view under the item it answers', async () => {
    await renderPlan([
      planItem({ id: 'concern', kind: 'SITUATION', lifeDomain: 'HEALTH', aspect: 'CONCERN', text: 'Op slechte dagen komt Esther moeilijk uit bed.' }),
      planItem({
        id: 'view',
        kind: 'OWN_VIEW',
        targetItemId: 'concern',
        text: 'Meestal lukt het gewoon.',
        author: { type: 'FAMILY_MEMBER', id: 'esther', name: 'Esther de Graaf', organisationName: null },
      }),
    ]);
    const responses = screen.getByRole('list', { name: 'Reacties van het gezin' });
    expect(responses.textContent).toContain('Eigen mening van Esther de Graaf');
    expect(responses.textContent).toContain('Meestal lukt het gewoon.');
  });

  it('shows the roster by weekday name, with whom to cancel', async () => {
    await renderPlan([
      planItem({
        id: 'thursday',
        kind: 'ROSTER_ENTRY',
        category: 'SAFETY',
        weekday: 4,
        text: 'Doet de boodschappen.',
        cancelContact: 'Sandra',
        assignee: { type: 'NETWORK_MEMBER', id: 'gerda', name: 'Oma Gerda', organisationName: null },
      }),
    ]);
    const roster = screen.getByRole('region', { name: 'Rooster' });
    expect(roster.textContent).toContain('Donderdag: Oma Gerda (netwerk)');
    expect(roster.textContent).toContain('Afzeggen bij');
    expect(roster.textContent).toContain('Sandra');
  });
});

describe('a held evaluation on the plan', () => {
  it('shows whom it is about apart from who was invited, the result per goal, the family’s view and the next date', async () => {
    await renderPlan([
      planItem({ id: 'goal-school', kind: 'GOAL', text: 'Lisanne gaat elke dag naar school', aboutMemberIds: ['lisanne'] }),
      planItem({
        id: 'evaluation',
        kind: 'EVALUATION',
        text: 'Evaluatie met het gezin',
        status: 'HELD',
        dueOn: '2026-03-02',
        aboutMemberIds: [],
        invitedMemberIds: ['esther', 'lisanne'],
        outcome: 'Het gaat beter.',
        familyView: 'De ochtenden blijven zwaar.',
        nextEvaluationOn: '2026-06-01',
        goalOutcomes: [{ __typename: 'GoalOutcome', goalId: 'goal-school', result: 'PARTLY_REACHED' }],
      }),
    ]);
    const evaluations = screen.getByRole('region', { name: 'Evaluaties' });
    const facts = Object.fromEntries(
      within(evaluations).getAllByRole('term').map((term) => [term.textContent, term.nextElementSibling?.textContent]),
    );
    expect(facts).toMatchObject({
      Over: 'het hele gezin',
      Uitgenodigd: expect.stringMatching(/^Esther .*Lisanne/),
      'Per doel': 'Lisanne gaat elke dag naar school: deels bereikt',
      'Wat het gezin ervan vindt': 'De ochtenden blijven zwaar.',
      'Volgende evaluatie': expect.stringContaining('2026'),
    });
  });
});
