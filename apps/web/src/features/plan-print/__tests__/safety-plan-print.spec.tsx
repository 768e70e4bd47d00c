import { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { NetworkSafetyPlanDocument, NetworkSafetyPlanQuery } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { planItem } from '../../portal-shared/testing/plan-item-fixture';
import { renderPage } from '../../portal-shared/testing/render-page';
import { SafetyPlanPrintPage } from '../components/safety-plan-print-page';

const anja = { __typename: 'Party' as const, id: 'anja', type: 'NETWORK_MEMBER' as const, name: 'Tante Anja', organisationName: null };
const gerda = { __typename: 'Party' as const, id: 'gerda', type: 'NETWORK_MEMBER' as const, name: 'Oma Gerda', organisationName: null };

function family(): NetworkSafetyPlanQuery['family'] {
  return {
    __typename: 'Family',
    id: 'gezin-koster',
    name: 'Gezin Koster',
    closedAt: null,
    closureHistory: [],
    myRelation: { __typename: 'MyRelation', type: 'NETWORK_MEMBER', networkMemberId: 'anja' },
    members: [{ __typename: 'FamilyMember', id: 'emma', givenName: 'Emma' }],
    network: [
      { __typename: 'NetworkMember', id: 'anja', name: 'Tante Anja', relation: 'zus van Erik', phone: null, email: null },
      { __typename: 'NetworkMember', id: 'gerda', name: 'Oma Gerda', relation: 'oma', phone: '06 22233344', email: null },
    ],
    involvements: [
      { __typename: 'Involvement', id: 'inv-kees', organisationName: 'Samen Veilig', professionalName: 'Kees Dekker', phone: '030 765 43 21', email: 'kees@example.org', isRegisseur: true, endedAt: null },
    ],
    plan: [
      planItem({ kind: 'SAFETY_PLAN', category: 'SAFETY', text: 'Veiligheidsplan voor Emma', contactName: 'Kees Dekker', contactPhone: '030 765 43 21', planB: 'Emma gaat met tante Anja mee.' }),
      planItem({ kind: 'ROSTER_ENTRY', category: 'SAFETY', text: 'Haalt Emma uit school.', weekday: 3, assignee: anja }),
      planItem({ kind: 'ROSTER_ENTRY', category: 'SAFETY', text: 'Doet de boodschappen.', weekday: 4, assignee: gerda }),
      planItem({ kind: 'SAFETY_CONDITION', category: 'SAFETY', text: 'Sandra en Erik zien elkaar niet bij een overdracht.' }),
      planItem({ kind: 'LOG_ENTRY', category: 'SAFETY', author: anja, text: 'De overdracht ging rustig.' }),
    ],
  };
}

describe('a network member’s safety plan on paper', () => {
  it('prints whom to call, plan B, their own tasks, the conditions and a line to sign; nothing to click', async () => {
    const query: MockLink.MockedResponse = {
      request: { query: NetworkSafetyPlanDocument, variables: { familyId: 'gezin-koster' } },
      result: { data: { family: family() } },
    };
    await renderPage(<SafetyPlanPrintPage />, { mocks: [query], path: PATHS.networkPortalPrint, url: '/netwerk/gezin-koster/afdrukken' });
    await screen.findByRole('heading', { level: 1, name: 'Veiligheidsplan voor Gezin Koster' });
    const paper = screen.getByRole('article');
    const contact = within(paper).getByRole('region', { name: 'Veiligheidsplan' });
    expect(contact).toHaveTextContent('Telefoon: 030 765 43 21');
    expect(contact).toHaveTextContent('Emma gaat met tante Anja mee.');
    expect(contact).toHaveTextContent('Is er direct gevaar? Bel dan 112.');
    const tasks = within(paper).getByRole('region', { name: 'Wat jij doet' });
    expect(tasks).toHaveTextContent('Haalt Emma uit school.');
    expect(tasks).toHaveTextContent('Elke woensdag');
    expect(tasks).not.toHaveTextContent('Doet de boodschappen.');
    // The paper is Anja's own: her tasks are "you", and the people list holds the others, not her.
    expect(within(tasks).getByRole('cell', { name: 'Jij' })).toBeInTheDocument();
    expect(tasks).not.toHaveTextContent('Tante Anja');
    const others = within(paper).getByRole('region', { name: 'Wie helpen er nog meer' });
    expect(others).toHaveTextContent('Oma Gerda (oma)');
    expect(others).not.toHaveTextContent('Tante Anja');
    expect(paper).toHaveTextContent('Sandra en Erik zien elkaar niet bij een overdracht.');
    expect(paper).not.toHaveTextContent('De overdracht ging rustig.');
    const signatures = within(paper).getByRole('region', { name: 'Handtekeningen' });
    expect(within(signatures).getAllByRole('listitem').map((item) => within(item).getByRole('strong').textContent)).toEqual(['Tante Anja']);
    expect(within(paper).queryAllByRole('button')).toHaveLength(0);
    expect(within(paper).queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'Terug naar jouw rol in het veiligheidsplan' }).getAttribute('href')).toBe('/netwerk/gezin-koster');
  });
});
