import { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { MyOverviewDocument, MyOverviewQuery } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { OverviewPanel } from '../components/overview-panel';

type Overview = MyOverviewQuery['myOverview'];

const involvement = (isRegisseur: boolean): Overview['involvements'][number] => ({
  __typename: 'OverviewInvolvement',
  involvementId: 'inv-1',
  familyId: 'family-1',
  familyName: 'Gezin Meijer',
  task: 'Regie op het gezinsplan',
  isRegisseur,
  lastPlanChangeAt: '2026-03-01T10:00:00.000Z',
  stalled: false,
});

const OVERDUE_TEXT = 'Esther maakt een speelafspraak voor Lisanne.';

const overdue: Overview['agreementsNeedingAttention'][number] = {
  __typename: 'OverviewItem',
  itemId: 'item-1',
  familyId: 'family-1',
  familyName: 'Gezin Meijer',
  kind: 'AGREEMENT',
  text: OVERDUE_TEXT,
  dueOn: '2020-03-06',
  status: 'OPEN',
  statusReason: null,
  assigneeName: 'Esther de Graaf',
};

function overviewAnswering(overview: Omit<Overview, '__typename'>): MockLink.MockedResponse {
  return { request: { query: MyOverviewDocument }, result: { data: { myOverview: { __typename: 'Overview', ...overview } } } };
}

const empty = { involvements: [], agreementsNeedingAttention: [], evaluationsDue: [], stalledPlans: [], myOpenAgreements: [], closedPlans: [] };

describe('a professional’s overview', () => {
  it('says what to do next when there is nothing yet, without the regisseur’s lists', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <OverviewPanel />
      </MemoryRouter>,
      { mocks: [overviewAnswering(empty)] },
    );
    expect(await screen.findByText(/Zodra een regisseur je uitnodigt/)).toBeVisible();
    expect(screen.getByText(/Je hebt geen open afspraken/)).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Afspraken die aandacht nodig hebben' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Afgesloten plannen' })).toBeNull();
  });

  it('lists closed plans apart: each opens the plan to read, and only its regisseur is offered to reopen it', async () => {
    const closed = (familyId: string, familyName: string, isRegisseur: boolean): Overview['closedPlans'][number] => ({
      __typename: 'ClosedPlan',
      involvementId: `inv-${familyId}`,
      familyId,
      familyName,
      isRegisseur,
      closedAt: '2026-11-20T10:00:00.000Z',
      closingReason: 'GOALS_REACHED',
    });
    await renderWithProviders(
      <MemoryRouter>
        <OverviewPanel />
      </MemoryRouter>,
      { mocks: [overviewAnswering({ ...empty, closedPlans: [closed('family-2', 'Gezin Visser', true), closed('family-3', 'Gezin Kok', false)] })] },
    );
    const section = (await screen.findByRole('heading', { name: 'Afgesloten plannen' })).closest('section') as HTMLElement;
    expect(within(section).getByRole('link', { name: 'Gezin Visser' }).getAttribute('href')).toBe('/gezinnen/family-2');
    expect(within(section).getByRole('link', { name: 'Gezin Kok' }).getAttribute('href')).toBe('/gezinnen/family-3');
    expect(within(section).getAllByText('De doelen zijn bereikt')).toHaveLength(2);
    expect(within(section).getByRole('link', { name: 'Plan van Gezin Visser weer openen' }).getAttribute('href')).toBe('/gezinnen/family-2/afsluiten');
    expect(within(section).queryByRole('link', { name: /Gezin Kok weer openen/ })).toBeNull();
  });

  it('shows a regisseur what needs attention, each a link to its place in the family’s plan', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <OverviewPanel />
      </MemoryRouter>,
      { mocks: [overviewAnswering({ ...empty, involvements: [involvement(true)], agreementsNeedingAttention: [overdue] })] },
    );
    const family = await screen.findByRole('link', { name: 'Gezin Meijer' });
    expect(family.getAttribute('href')).toBe('/gezinnen/family-1');
    const agreement = screen.getByRole('link', { name: OVERDUE_TEXT });
    expect(agreement.getAttribute('href')).toBe('/gezinnen/family-1#item-item-1');
    expect(agreement.closest('li')?.textContent).toContain('Te laat');
    expect(agreement.closest('li')?.textContent).toContain('Wie: Esther de Graaf');
    expect(screen.getByText(/Er staan de komende 14 dagen geen evaluaties gepland/)).toBeVisible();
    expect(screen.getByText(/Geen van je plannen staat stil/)).toBeVisible();
  });

  it('shows an agreement whose content the regisseur may not read by who, by when and its state, not its text or reason', async () => {
    const stub = { ...overdue, itemId: 'item-2', text: null, status: 'NOT_KEPT', statusReason: null };
    await renderWithProviders(
      <MemoryRouter>
        <OverviewPanel />
      </MemoryRouter>,
      { mocks: [overviewAnswering({ ...empty, involvements: [involvement(true)], agreementsNeedingAttention: [stub] })] },
    );
    const agreement = await screen.findByRole('link', { name: 'Afspraak die je niet kunt inzien' });
    expect(agreement.getAttribute('href')).toBe('/gezinnen/family-1#item-item-2');
    expect(agreement.closest('li')?.textContent).toContain('Niet nagekomen');
    expect(agreement.closest('li')?.textContent).toContain('Wie: Esther de Graaf');
  });

  it('marks a broken safety agreement as a safety agreement, not kept, with its reason', async () => {
    const broken = { ...overdue, itemId: 'item-9', kind: 'SAFETY_AGREEMENT', text: 'Oma belt als het misgaat.', dueOn: null, status: 'NOT_KEPT', statusReason: 'Oma nam niet op.' };
    await renderWithProviders(
      <MemoryRouter>
        <OverviewPanel />
      </MemoryRouter>,
      { mocks: [overviewAnswering({ ...empty, involvements: [involvement(true)], agreementsNeedingAttention: [broken] })] },
    );
    const item = (await screen.findByRole('link', { name: 'Oma belt als het misgaat.' })).closest('li')!;
    expect(item).toHaveTextContent('Veiligheidsafspraak');
    expect(item).toHaveTextContent('Niet nagekomen');
    expect(item).toHaveTextContent('Oma nam niet op.');
  });
});
