import { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { FamilyPlanDocument, FamilyPlanQuery } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { involvement, member, planItem, redactedItem } from '../../family-plan/testing/plan-item-fixture';
import { renderPage } from '../../portal-shared/testing/render-page';
import { FamilyPlanPrintPage } from '../components/family-plan-print-page';

const anja = { __typename: 'Party' as const, id: 'anja', type: 'NETWORK_MEMBER' as const, name: 'Tante Anja', organisationName: null };
const sandra = { __typename: 'Party' as const, id: 'sandra', type: 'FAMILY_MEMBER' as const, name: 'Sandra Koster', organisationName: null };

function family(): FamilyPlanQuery['family'] {
  return {
    __typename: 'Family',
    id: 'gezin-koster',
    closedAt: null,
    closureHistory: [],
    name: 'Gezin Koster',
    lastPlanChangeAt: '2026-03-01T09:00:00.000Z',
    myRelation: { __typename: 'MyRelation', type: 'PROFESSIONAL', involvementId: 'inv-kees', memberId: null, networkMemberId: null, isRegisseur: true },
    members: [
      { ...member('sandra', 'Sandra', 'Koster', { role: 'PARENT', age: 38, hasParentalAuthority: true }), portalAccess: null },
      { ...member('emma', 'Emma', 'Koster', { age: 13 }), portalAccess: null },
      { ...member('daan', 'Daan', 'Koster', { age: 9 }), portalAccess: null },
    ],
    network: [
      { __typename: 'NetworkMember', id: 'anja', name: 'Tante Anja', relation: 'zus van Erik', phone: '06 12345678', email: null, portalAccess: null },
    ],
    involvements: [
      involvement({ id: 'inv-kees', professionalName: 'Kees Dekker', organisationName: 'Samen Veilig', task: 'Veiligheid van Emma en Daan', isRegisseur: true, phone: '030 765 43 21' }),
      involvement({ id: 'inv-old', professionalName: 'Oud Betrokken', endedAt: '2026-01-01T00:00:00.000Z' }),
    ],
    regisseurHistory: [],
    legalBases: [],
    plan: [
      planItem({ id: 'goal-1', kind: 'GOAL', text: 'Emma en Daan voelen zich veilig bij allebei hun ouders.', lifeDomain: 'SAFETY' }),
      planItem({ id: 'agreement-1', kind: 'AGREEMENT', text: 'Sandra belt elke maandag met school.', assignee: sandra, dueOn: '2026-04-06' }),
      planItem({ id: 'agreement-2', kind: 'AGREEMENT', text: 'Iedereen houdt zich aan het rooster.', assignee: null, status: 'OPEN' }),
      planItem({ id: 'agreement-3', kind: 'SAFETY_AGREEMENT', category: 'SAFETY', text: 'Erik komt niet naar het huis van Sandra.', status: 'NOT_KEPT', statusReason: 'Erik stond voor de deur.' }),
      planItem({ id: 'safety', kind: 'SAFETY_PLAN', category: 'SAFETY', text: 'Veiligheidsplan voor Emma en Daan', contactName: 'Kees Dekker (Samen Veilig)', planB: 'De kinderen gaan met tante Anja mee.', startsOn: '2026-01-01', endsOn: '2026-06-30' }),
      planItem({ id: 'condition', kind: 'SAFETY_CONDITION', category: 'SAFETY', text: 'Sandra en Erik zien elkaar niet bij een overdracht.' }),
      planItem({ id: 'roster', kind: 'ROSTER_ENTRY', category: 'SAFETY', text: 'Haalt de kinderen uit school.', weekday: 3, assignee: anja }),
      planItem({ id: 'log', kind: 'LOG_ENTRY', text: 'Een gesprek dat niet op papier hoort.' }),
      redactedItem('hidden-goal', 'GOAL', 'GGZ Centraal', ['Sandra']),
    ],
  };
}

async function openPrint() {
  const query: MockLink.MockedResponse = {
    request: { query: FamilyPlanDocument, variables: { id: 'gezin-koster' } },
    result: { data: { family: family() } },
  };
  await renderPage(<FamilyPlanPrintPage />, { mocks: [query], path: PATHS.familyPlanPrint, url: '/gezinnen/gezin-koster/afdrukken' });
  await screen.findByRole('heading', { level: 1, name: 'Plan van Gezin Koster' });
  return screen.getByRole('article');
}

describe('the plan on paper', () => {
  it('prints the goals and the agreements with who, what and when', async () => {
    const paper = await openPrint();
    const goals = within(paper).getByRole('region', { name: 'Onze doelen' });
    expect(goals).toHaveTextContent('Emma en Daan voelen zich veilig bij allebei hun ouders.');
    expect(goals).toHaveTextContent('Gaat over: Veiligheid');
    const agreements = within(within(paper).getByRole('region', { name: 'Onze afspraken' })).getByRole('table');
    const rows = within(agreements).getAllByRole('row').map((row) =>
      [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Wat', 'Wie', 'Wanneer'],
      ['Sandra belt elke maandag met school.', 'Sandra Koster (gezin)', '6 april 2026'],
      ['Iedereen houdt zich aan het rooster.', 'Nog niet bekend', 'Doorlopend'],
    ]);
  });

  it('prints the safety plan, the network’s roles and the professionals still involved', async () => {
    const paper = await openPrint();
    const safety = within(paper).getByRole('region', { name: 'Veiligheidsplan' });
    expect(safety).toHaveTextContent('Kees Dekker');
    // The contact person is the regisseur, whose own number is in the plan.
    expect(safety).toHaveTextContent('Telefoon: 030 765 43 21');
    expect(safety).toHaveTextContent('De kinderen gaan met tante Anja mee.');
    expect(safety).toHaveTextContent('Het veiligheidsplan loopt van 1 januari 2026 tot en met 30 juni 2026.');
    expect(safety).toHaveTextContent('Sandra en Erik zien elkaar niet bij een overdracht.');
    expect(within(safety).getByRole('table', { name: 'Rooster: wie is er wanneer' })).toHaveTextContent('Elke woensdag');
    // A broken agreement says so, with its reason; an open one says nothing of "not done yet".
    const safetyAgreements = within(safety).getByRole('table', { name: 'Afspraken over veiligheid' });
    expect(safetyAgreements).toHaveTextContent('Erik komt niet naar het huis van Sandra.Niet nagekomen: Erik stond voor de deur.');
    const helpers = within(paper).getByRole('region', { name: 'Wie helpen er mee' });
    expect(helpers).toHaveTextContent('Tante Anja (zus van Erik)');
    expect(helpers).toHaveTextContent('Haalt de kinderen uit school.');
    expect(helpers).toHaveTextContent('Kees Dekker (Samen Veilig): Veiligheid van Emma en Daan');
    expect(helpers).toHaveTextContent('Regisseur van het plan.');
    expect(helpers).not.toHaveTextContent('Oud Betrokken');
  });

  it('leaves out what the reader may not see, and the logbook, and says how much is not printed', async () => {
    const paper = await openPrint();
    expect(paper).not.toHaveTextContent('Een gesprek dat niet op papier hoort.');
    expect(paper).not.toHaveTextContent('GGZ Centraal');
    expect(paper).toHaveTextContent('Er is nog 1 deel van het plan dat jij niet mag zien. Dat staat niet op dit papier.');
  });

  it('has signature lines for the parents, young people of 12 and over, the network and the regisseur', async () => {
    const paper = await openPrint();
    const signatures = within(paper).getByRole('region', { name: 'Handtekeningen' });
    const names = within(signatures).getAllByRole('listitem').map((item) => within(item).getByRole('strong').textContent);
    expect(names).toEqual(['Sandra Koster', 'Emma Koster', 'Tante Anja', 'Kees Dekker']);
  });

  it('has no buttons or links on the paper; the print button and the way back stand outside it', async () => {
    const paper = await openPrint();
    expect(within(paper).queryAllByRole('button')).toHaveLength(0);
    expect(within(paper).queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Afdrukken' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar het plan' }).getAttribute('href')).toBe('/gezinnen/gezin-koster');
  });
});
