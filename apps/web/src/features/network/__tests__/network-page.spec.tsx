import { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { NetworkSafetyPlanDocument, NetworkSafetyPlanQuery } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { planItem } from '../../portal-shared/testing/plan-item-fixture';
import { renderPage } from '../../portal-shared/testing/render-page';
import { NetworkPage } from '../components/network-page';

const kees = {
  __typename: 'Party' as const,
  id: 'inv-kees',
  type: 'INVOLVEMENT' as const,
  name: 'Kees Dekker',
  organisationName: 'Samen Veilig Midden-Nederland',
};
const anja = { __typename: 'Party' as const, id: 'anja', type: 'NETWORK_MEMBER' as const, name: 'Tante Anja', organisationName: null };
const yvonne = { __typename: 'Party' as const, id: 'yvonne', type: 'NETWORK_MEMBER' as const, name: 'Buurvrouw Yvonne', organisationName: null };

function family(relation: 'NETWORK_MEMBER' | 'PROFESSIONAL' = 'NETWORK_MEMBER', closedAt: string | null = null): NetworkSafetyPlanQuery['family'] {
  return {
    __typename: 'Family',
    id: 'gezin-koster',
    name: 'Gezin Koster',
    closedAt,
    closureHistory: closedAt
      ? [{ __typename: 'PlanClosureEvent', id: 'c', action: 'CLOSED', closingReason: 'OTHER_CARE', explanation: 'Verder met jeugdbescherming.', finalEvaluation: 'Het rooster heeft goed gewerkt.', at: closedAt, byName: 'Kees Dekker' }]
      : [],
    myRelation: { __typename: 'MyRelation', type: relation, networkMemberId: relation === 'NETWORK_MEMBER' ? 'anja' : null },
    members: [
      { __typename: 'FamilyMember', id: 'emma', givenName: 'Emma' },
      { __typename: 'FamilyMember', id: 'daan', givenName: 'Daan' },
    ],
    network: [
      { __typename: 'NetworkMember', id: 'anja', name: 'Tante Anja', relation: 'zus van Erik', phone: null, email: null },
      { __typename: 'NetworkMember', id: 'yvonne', name: 'Buurvrouw Yvonne', relation: 'buurvrouw', phone: '06 11122233', email: null },
    ],
    involvements: [
      {
        __typename: 'Involvement',
        id: 'inv-kees',
        organisationName: 'Samen Veilig Midden-Nederland',
        professionalName: 'Kees Dekker',
        phone: null,
        email: 'kees.dekker@jeugdbescherming.example',
        isRegisseur: true,
        endedAt: null,
      },
    ],
    plan: [
      planItem({
        kind: 'SAFETY_PLAN',
        category: 'SAFETY',
        author: kees,
        text: 'Veiligheidsplan voor Emma en Daan',
        contactName: 'Kees Dekker (Samen Veilig Midden-Nederland)',
        contactPhone: '030 765 43 21',
        planB: 'Lukt een overdracht niet, dan gaan de kinderen met tante Anja mee.',
        startsOn: '2025-11-13',
        endsOn: '2026-02-12',
        dueOn: '2025-12-25',
      }),
      planItem({
        kind: 'ROSTER_ENTRY',
        category: 'SAFETY',
        author: kees,
        weekday: 3,
        aboutMemberIds: ['emma', 'daan'],
        assignee: anja,
        cancelContact: 'Buurvrouw Yvonne',
        text: 'Haalt Emma en Daan om kwart over twaalf uit school.',
      }),
      planItem({
        kind: 'ROSTER_ENTRY',
        category: 'SAFETY',
        author: kees,
        weekday: 5,
        aboutMemberIds: ['daan'],
        assignee: anja,
        cancelContact: 'Kees Dekker',
        text: 'Brengt Daan naar voetbal.',
      }),
      planItem({
        kind: 'ROSTER_ENTRY',
        category: 'SAFETY',
        author: kees,
        weekday: 6,
        aboutMemberIds: ['emma'],
        assignee: anja,
        cancelContact: 'Sandra',
        text: 'Gaat met Emma zwemmen.',
      }),
      planItem({
        kind: 'SAFETY_CONDITION',
        category: 'SAFETY',
        author: kees,
        text: 'Sandra en Erik zien elkaar niet bij een overdracht.',
      }),
      planItem({ kind: 'LOG_ENTRY', category: 'SAFETY', author: anja, text: 'De overdracht ging rustig.' }),
      planItem({ kind: 'LOG_ENTRY', category: 'GENERAL', author: kees, text: 'Gesprek met Sandra.' }),
      planItem({ kind: 'LOG_ENTRY', category: 'SAFETY', author: yvonne, text: 'Emma bleef bij mij eten.' }),
    ],
  };
}

async function openNetworkPage(relation?: 'NETWORK_MEMBER' | 'PROFESSIONAL', closedAt: string | null = null) {
  const query: MockLink.MockedResponse = {
    request: { query: NetworkSafetyPlanDocument, variables: { familyId: 'gezin-koster' } },
    result: { data: { family: family(relation, closedAt) } },
  };
  await renderPage(<NetworkPage />, { mocks: [query], path: PATHS.networkPortal, url: '/netwerk/gezin-koster' });
  await screen.findByRole('heading', { level: 1 });
}

describe('a network member’s page', () => {
  it('puts whom to call and plan B first', async () => {
    await openNetworkPage();
    const worried = screen.getByRole('region', { name: 'Als je je zorgen maakt' });
    expect(within(worried).getByText('Kees Dekker (Samen Veilig Midden-Nederland)')).toBeVisible();
    expect(within(worried).getByRole('link', { name: '030 765 43 21' }).getAttribute('href')).toBe('tel:0307654321');
    expect(within(worried).getByRole('heading', { name: 'Plan B: als het niet lukt' })).toBeVisible();
    expect(within(worried).getByText(/dan gaan de kinderen met tante Anja mee/)).toBeVisible();
    expect(within(worried).getByText('Is er direct gevaar? Bel dan 112.')).toBeVisible();
  });

  it('shows their roster entry by weekday, for whom, and whom to tell when they cannot come', async () => {
    await openNetworkPage();
    const tasks = screen.getByRole('region', { name: 'Wat jij doet' });
    expect(within(tasks).getByRole('heading', { name: 'Woensdag' })).toBeVisible();
    expect(within(tasks).getByText('Emma en Daan')).toBeVisible();
    expect(within(tasks).getByText('Buurvrouw Yvonne')).toBeVisible();
    expect(within(tasks).getByRole('link', { name: '06 11122233' })).toBeVisible();
  });

  it('gives the details of whom to tell when they are the regisseur, and says when the plan has none', async () => {
    await openNetworkPage();
    const tasks = screen.getByRole('region', { name: 'Wat jij doet' });
    const friday = within(tasks).getByRole('heading', { name: 'Vrijdag' }).closest('li') as HTMLElement;
    expect(within(friday).getByRole('link', { name: 'kees.dekker@jeugdbescherming.example' })).toBeVisible();
    const saturday = within(tasks).getByRole('heading', { name: 'Zaterdag' }).closest('li') as HTMLElement;
    expect(within(saturday).getByText('Het telefoonnummer van Sandra staat niet in het plan. Heb je het niet? Vraag het aan de regisseur.')).toBeVisible();
  });

  it('shows the conditions everyone holds on to, and only the safety plan’s logbook', async () => {
    await openNetworkPage();
    expect(screen.getByText('Sandra en Erik zien elkaar niet bij een overdracht.')).toBeVisible();
    // "Call the contact person" comes with the number to call.
    const conditions = screen.getByRole('region', { name: 'Hier houdt iedereen zich aan' });
    expect(within(conditions).getByText('Het aanspreekpunt is Kees Dekker (Samen Veilig Midden-Nederland).')).toBeVisible();
    expect(within(conditions).getByRole('link', { name: '030 765 43 21' }).getAttribute('href')).toBe('tel:0307654321');
    const logbook = screen.getByRole('region', { name: 'Logboek van het veiligheidsplan' });
    expect(within(logbook).getByText('De overdracht ging rustig.')).toBeVisible();
    expect(within(logbook).queryByText('Gesprek met Sandra.')).toBeNull();
    // The page speaks to Anja: what she wrote is "by you"; the others are named.
    const mine = within(logbook).getByText('De overdracht ging rustig.').closest('li') as HTMLElement;
    expect(within(mine).getByText('Geschreven door jou')).toBeVisible();
    expect(within(logbook).queryByText('Geschreven door Tante Anja')).toBeNull();
    const yvonnes = within(logbook).getByText('Emma bleef bij mij eten.').closest('li') as HTMLElement;
    expect(within(yvonnes).getByText('Geschreven door Buurvrouw Yvonne')).toBeVisible();
    expect(within(logbook).getByLabelText('Wat is er gebeurd?')).toBeVisible();
    // The network reads; comments and own views are the family's.
    expect(screen.queryByRole('button', { name: 'Reageren' })).toBeNull();
  });

  it('shows a closed safety plan to read, says so, and offers no logbook to write in', async () => {
    await openNetworkPage('NETWORK_MEMBER', '2025-12-01T10:00:00Z');
    expect(screen.getByRole('heading', { name: 'Dit plan is afgesloten' })).toBeVisible();
    expect(screen.getByText(/Je kunt het veiligheidsplan nog lezen. In het logboek schrijven kan niet meer/)).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Woensdag' })).toBeVisible();
    expect(screen.queryByLabelText('Wat is er gebeurd?')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells a professional that the page is for the network', async () => {
    await openNetworkPage('PROFESSIONAL');
    expect(screen.getByRole('heading', { level: 1, name: 'Deze pagina is voor het netwerk' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar het plan van dit gezin' }).getAttribute('href')).toBe('/gezinnen/gezin-koster');
  });
});
