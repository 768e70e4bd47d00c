import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ClosePlanDocument, FamilyPlanDocument, PlanClosurePageDocument, PlanClosurePageQuery } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { renderPage } from '../../portal-shared/testing/render-page';
import { ClosedPlanBanner } from '../components/closed-plan-banner';
import { PlanClosurePage } from '../components/plan-closure-page';
import { renderWithProviders } from '../../../testing/render-with-providers';

const EXPLANATION = 'De doelen zijn bereikt.';
const FINAL_EVALUATION = 'Esther en Lisanne hebben weer rust; de school weet wat werkt.';

const closing = {
  __typename: 'PlanClosureEvent' as const,
  id: 'c1',
  action: 'CLOSED' as const,
  closingReason: 'GOALS_REACHED' as const,
  explanation: EXPLANATION,
  finalEvaluation: FINAL_EVALUATION,
  at: '2026-11-20T10:00:00.000Z',
  byName: 'Sanne Bakker',
};

function family(closed: boolean, isRegisseur = true): PlanClosurePageQuery['family'] {
  return {
    __typename: 'Family',
    id: 'gezin-meijer',
    name: 'Gezin Meijer',
    myRelation: { __typename: 'MyRelation', isRegisseur },
    closedAt: closed ? '2026-11-20T10:00:00.000Z' : null,
    closureHistory: closed ? [closing] : [],
  };
}

const pageQuery = (answer: PlanClosurePageQuery['family']): MockLink.MockedResponse => ({
  request: { query: PlanClosurePageDocument, variables: { id: 'gezin-meijer' } },
  result: { data: { family: answer } },
});

const open = (mocks: MockLink.MockedResponse[]) =>
  renderPage(<PlanClosurePage />, { mocks, path: PATHS.planClosure, url: '/gezinnen/gezin-meijer/afsluiten' });

describe('closing a plan', () => {
  it('asks the regisseur for a reason, an explanation and a final evaluation before it closes', async () => {
    const closed: MockLink.MockedResponse = {
      request: {
        query: ClosePlanDocument,
        variables: { input: { familyId: 'gezin-meijer', closingReason: 'GOALS_REACHED', explanation: EXPLANATION, finalEvaluation: FINAL_EVALUATION } },
      },
      result: { data: { closePlan: { __typename: 'Family', id: 'gezin-meijer', closedAt: '2026-11-20T10:00:00.000Z', closureHistory: [closing] } } },
    };
    const refetched: MockLink.MockedResponse = { request: { query: FamilyPlanDocument, variables: { id: 'gezin-meijer' } }, result: { data: null } };
    const { router } = await open([pageQuery(family(false)), closed, refetched]);
    fireEvent.click(await screen.findByRole('button', { name: 'Plan afsluiten' }));
    expect(await screen.findByText('Kies waarom je het plan afsluit.')).toBeVisible();
    expect(screen.getByText('Schrijf een eindevaluatie van minstens 10 tekens.')).toBeVisible();

    fireEvent.click(screen.getByRole('radio', { name: 'De doelen zijn bereikt' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Uitleg/ }), { target: { value: EXPLANATION } });
    fireEvent.change(screen.getByRole('textbox', { name: /Eindevaluatie/ }), { target: { value: FINAL_EVALUATION } });
    // A message goes as soon as its field is fixed.
    await waitFor(() => expect(screen.queryByText('Kies waarom je het plan afsluit.')).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Plan afsluiten' }));
    await screen.findByText('Een andere pagina');
    expect(router.state.location.pathname).toBe('/gezinnen/gezin-meijer');
  });

  it('shows a closed plan with its reason and final evaluation, and offers to reopen it', async () => {
    await open([pageQuery(family(true))]);
    const banner = (await screen.findByRole('heading', { name: 'Dit plan is afgesloten' })).closest('.closed-plan-banner') as HTMLElement;
    expect(within(banner).getByText('De doelen zijn bereikt')).toBeVisible();
    expect(within(banner).getByText(FINAL_EVALUATION)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Plan weer openen' })).toBeVisible();
  });

  it('tells someone who is not the regisseur that only the regisseur closes the plan', async () => {
    await open([pageQuery(family(false, false))]);
    expect(await screen.findByText('Alleen de regisseur kan het plan afsluiten of weer openen.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Plan afsluiten' })).toBeNull();
  });
});

describe('the closed-plan banner', () => {
  it('says nothing while the plan is open, and in plain Dutch that a closed plan can be read, not changed', async () => {
    const { unmount } = await renderWithProviders(<ClosedPlanBanner family={{ closedAt: null, closureHistory: [] }} />);
    expect(screen.queryByText('Dit plan is afgesloten')).toBeNull();
    unmount();
    await renderWithProviders(<ClosedPlanBanner family={{ closedAt: '2026-11-20T10:00:00.000Z', closureHistory: [closing] }} />);
    expect(screen.getByRole('heading', { name: 'Dit plan is afgesloten' })).toBeVisible();
    expect(screen.getByText(/door Sanne Bakker/)).toBeVisible();
    expect(screen.getByText('Je kunt het plan nog lezen, maar niet meer veranderen.')).toBeVisible();
  });
});
