import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  PortalFamilyPlanDocument,
  PortalMarkAgreementDoneDocument,
  PortalRespondToPlanItemDocument,
} from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { planItem } from '../../portal-shared/testing/plan-item-fixture';
import { renderPage } from '../../portal-shared/testing/render-page';
import { OurPlanPage } from '../components/our-plan-page';
import { BAD_DAYS, closedFamily, ESTHER_AGREEMENT, esthersFamily } from './family-fixture';

const planQuery = (family = esthersFamily()): MockLink.MockedResponse => ({
  request: { query: PortalFamilyPlanDocument, variables: { familyId: 'gezin-meijer' } },
  result: { data: { family } },
});

async function openOurPlan(mocks: MockLink.MockedResponse[]) {
  await renderPage(<OurPlanPage />, { mocks, path: PATHS.familyPortal, url: '/ons-plan/gezin-meijer' });
  await screen.findByRole('heading', { level: 1, name: 'Ons plan' });
}

function itemWithText(text: string): HTMLElement {
  const item = screen.getByText(text).closest('li');
  if (!item) throw new Error(`No item with "${text}"`);
  return item;
}

describe('"Ons plan" for a family member', () => {
  it('says who helps the family, with the regisseur first as the point of contact', async () => {
    await openOurPlan([planQuery()]);

    const whoHelps = screen.getByRole('region', { name: 'Wie helpt jullie' });
    const regisseur = within(whoHelps).getByRole('heading', { name: 'Jullie regisseur: jullie vaste aanspreekpunt' });
    expect(regisseur).toBeVisible();
    expect(within(whoHelps).getByText(/Sanne Jansen houdt het overzicht\. .* Bel Sanne Jansen op 030 123 45 67 of stuur een mail\./)).toBeVisible();
    expect(within(whoHelps).getByRole('link', { name: '030 123 45 67' }).getAttribute('href')).toBe('tel:0301234567');
    expect(within(whoHelps).getByRole('link', { name: 'marieke.devries@regenboog.example' })).toBeVisible();
    expect(within(whoHelps).getByText('School: hoe het met Lisanne gaat in de klas')).toBeVisible();
  });

  it('does not say "call" the regisseur without a number to call', async () => {
    const family = esthersFamily();
    const involvements = family.involvements.map((involvement) => (involvement.isRegisseur ? { ...involvement, phone: null } : involvement));
    await openOurPlan([planQuery({ ...family, involvements })]);

    const whoHelps = screen.getByRole('region', { name: 'Wie helpt jullie' });
    expect(within(whoHelps).getByText(/Sanne Jansen houdt het overzicht\. .* Mail dan Sanne Jansen\./)).toBeVisible();
    expect(within(whoHelps).queryByText(/Bel /)).toBeNull();
  });

  it('says what to do next where a part of the plan is still empty', async () => {
    await openOurPlan([planQuery()]);
    expect(screen.getByText(/Er staan nog geen doelen in het plan. Bespreek met Sanne Jansen/)).toBeVisible();
    expect(screen.getByText(/Vraag Sanne Jansen wanneer jullie samen kijken/)).toBeVisible();
  });

  it('shows the family’s own view under the professional’s text', async () => {
    await openOurPlan([planQuery()]);
    const item = itemWithText(BAD_DAYS.text!);
    expect(within(item).getByText(/Eigen mening van Esther de Graaf/)).toBeVisible();
    expect(within(item).getByText('Meestal lukt het gewoon.')).toBeVisible();
  });

  it('offers "done" only on the family member’s own agreements, and records it', async () => {
    const markDone: MockLink.MockedResponse = {
      request: {
        query: PortalMarkAgreementDoneDocument,
        variables: { input: { id: ESTHER_AGREEMENT.id, expectedVersion: 3, status: 'DONE' } },
      },
      result: {
        data: {
          setAgreementStatus: { __typename: 'PlanItem', id: ESTHER_AGREEMENT.id, status: 'DONE', statusReason: null, version: 4 },
        },
      },
    };
    await openOurPlan([planQuery(), markDone]);

    const others = itemWithText('Marieke zet Lisanne in het maatjesproject.');
    expect(within(others).queryByRole('button', { name: 'Dit is gedaan' })).toBeNull();

    const mine = itemWithText(ESTHER_AGREEMENT.text!);
    expect(within(mine).getByText('Te laat: nog niet klaar')).toBeVisible();
    expect(within(mine).getByText('Jij')).toBeVisible();
    fireEvent.click(within(mine).getByRole('button', { name: 'Dit is gedaan' }));

    expect(await screen.findByText('Goed zo. Deze afspraak staat nu op gedaan.')).toBeVisible();
    const done = itemWithText(ESTHER_AGREEMENT.text!);
    expect(within(done).getByText('Gedaan')).toBeVisible();
    expect(within(done).queryByRole('button', { name: 'Dit is gedaan' })).toBeNull();
  });

  it('says in plain words when someone closed the plan meanwhile, not that something broke', async () => {
    const markDone: MockLink.MockedResponse = {
      request: { query: PortalMarkAgreementDoneDocument, variables: () => true },
      result: { errors: [{ message: 'The plan is closed.', extensions: { code: 'PLAN_CLOSED' } }] },
    };
    await openOurPlan([planQuery(), markDone]);

    fireEvent.click(within(itemWithText(ESTHER_AGREEMENT.text!)).getByRole('button', { name: 'Dit is gedaan' }));

    expect(await screen.findByText(/Jullie plan is afgesloten. Daarom kan er niets meer bij of veranderen/)).toBeVisible();
    expect(screen.queryByText(/storing/)).toBeNull();
  });

  it('shows a closed plan to read, with why it closed, and no buttons to respond, mark done or write', async () => {
    await openOurPlan([planQuery(closedFamily())]);

    const banner = screen.getByRole('heading', { name: 'Dit plan is afgesloten' }).closest('div');
    expect(banner).not.toBeNull();
    expect(screen.getByText('De doelen zijn bereikt')).toBeVisible();
    expect(screen.getByText('Esther vraagt zelf hulp als het weer moeilijk wordt.')).toBeVisible();
    expect(screen.getByText(/Jullie kunnen het plan nog lezen. Reageren, iets afvinken/)).toBeVisible();
    // Everything stays readable: the agreement, the family's own view.
    expect(screen.getByText(ESTHER_AGREEMENT.text!)).toBeVisible();
    expect(within(itemWithText(BAD_DAYS.text!)).getByText('Meestal lukt het gewoon.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/Onder elk onderdeel kun je reageren/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Schrijf in het logboek' })).toBeNull();
  });

  it('records the family’s own view next to a professional’s text, and says it cannot be changed', async () => {
    const text = 'Wij zien dat anders: het gaat steeds beter.';
    const respond: MockLink.MockedResponse = {
      request: {
        query: PortalRespondToPlanItemDocument,
        variables: { input: { targetItemId: BAD_DAYS.id, kind: 'OWN_VIEW', text } },
      },
      result: {
        data: {
          respondToPlanItem: planItem({
            id: 'new-view',
            kind: 'OWN_VIEW',
            targetItemId: BAD_DAYS.id,
            author: { __typename: 'Party', id: 'esther', type: 'FAMILY_MEMBER', name: 'Esther de Graaf', organisationName: null },
            createdAt: '2025-11-20T10:00:00Z',
            text,
          }),
        },
      },
    };
    await openOurPlan([planQuery(), respond]);

    const item = itemWithText(BAD_DAYS.text!);
    fireEvent.click(within(item).getByRole('button', { name: 'Wat vinden jullie zelf?' }));
    const field = within(item).getByLabelText('Wat vinden jullie zelf?');
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(within(item).getByText(/je kunt dit later niet meer veranderen of weghalen/)).toBeVisible();

    fireEvent.click(within(item).getByRole('button', { name: 'Onze mening opslaan' }));
    const error = await within(item).findByText('Schrijf eerst iets in het tekstvak.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    expect(document.activeElement).toBe(field);

    fireEvent.change(field, { target: { value: text } });
    // The message goes as soon as the text is there.
    await waitFor(() => expect(within(item).queryByText('Schrijf eerst iets in het tekstvak.')).toBeNull());
    fireEvent.click(within(item).getByRole('button', { name: 'Onze mening opslaan' }));

    expect(await within(item).findByText(/Jullie mening is opgeslagen/)).toBeVisible();
    expect(within(item).queryByLabelText('Wat vinden jullie zelf?')).toBeNull();
    const views = within(item).getAllByText(/Eigen mening van Esther de Graaf/);
    expect(views).toHaveLength(2);
    expect(within(item).getByText(text).tagName).toBe('P');
  });

  it('shows a rejected text next to the field, in Dutch', async () => {
    const respond: MockLink.MockedResponse = {
      request: { query: PortalRespondToPlanItemDocument, variables: () => true },
      result: {
        errors: [
          {
            message: 'text: must be shorter than or equal to 10000 characters',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'text', message: 'too long' }] },
          },
        ],
      },
    };
    await openOurPlan([planQuery(), respond]);

    const item = itemWithText(BAD_DAYS.text!);
    fireEvent.click(within(item).getByRole('button', { name: 'Reageren' }));
    fireEvent.change(within(item).getByLabelText('Jouw reactie'), { target: { value: 'Klopt niet' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Reactie opslaan' }));

    expect(
      await within(item).findByText('Deze tekst kan zo niet worden opgeslagen. Pas hem aan en probeer het opnieuw.'),
    ).toBeVisible();
    expect(screen.queryByText(/must be shorter/)).toBeNull();
  });

  it('sends a network member to their own page', async () => {
    const asNetwork = esthersFamily({ myRelation: { __typename: 'MyRelation', type: 'NETWORK_MEMBER', memberId: null } });
    const { router } = await renderPage(<OurPlanPage />, {
      mocks: [planQuery(asNetwork)],
      path: PATHS.familyPortal,
      url: '/ons-plan/gezin-meijer',
    });
    await screen.findByText('Een andere pagina');
    expect(router.state.location.pathname).toBe('/netwerk/gezin-meijer');
  });

  it('shows a professional the way to the family’s plan on their own side', async () => {
    const asProfessional = esthersFamily({ myRelation: { __typename: 'MyRelation', type: 'PROFESSIONAL', memberId: null } });
    await renderPage(<OurPlanPage />, {
      mocks: [planQuery(asProfessional)],
      path: PATHS.familyPortal,
      url: '/ons-plan/gezin-meijer',
    });
    await screen.findByRole('heading', { level: 1, name: 'Deze pagina is voor het gezin' });
    expect(screen.getByRole('link', { name: 'Naar het plan van dit gezin' }).getAttribute('href')).toBe(
      '/gezinnen/gezin-meijer',
    );
  });

  it('says the plan was not found, without saying whether it exists', async () => {
    await renderPage(<OurPlanPage />, {
      mocks: [
        {
          request: { query: PortalFamilyPlanDocument, variables: { familyId: 'gezin-onbekend' } },
          result: { errors: [{ message: 'not found', extensions: { code: 'NOT_FOUND' } }] },
        },
      ],
      path: PATHS.familyPortal,
      url: '/ons-plan/gezin-onbekend',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan niet gevonden' })).toBeVisible();
  });
});

describe('"Ons plan" of a family helped for years', () => {
  const longPlan = () => {
    const family = esthersFamily();
    const entries = Array.from({ length: 30 }, (_, index) =>
      planItem({
        id: `log-${index + 1}`,
        kind: 'LOG_ENTRY',
        text: `Bericht ${index + 1}`,
        createdAt: new Date(Date.UTC(2024, 0, 1) + index * 86_400_000).toISOString(),
      }),
    );
    const finished = Array.from({ length: 25 }, (_, index) =>
      planItem({ id: `done-${index + 1}`, kind: 'AGREEMENT', status: 'DONE', dueOn: '2024-06-01', text: `Gedaan ${index + 1}` }),
    );
    return { ...family, plan: [...family.plan, ...entries, ...finished] };
  };

  it('shows the latest 20 logbook entries and the older ones on request', async () => {
    await openOurPlan([planQuery(longPlan())]);
    const logbook = screen.getByRole('region', { name: 'Logboek' });
    expect(within(logbook).getByText('Bericht 30')).toBeVisible();
    expect(within(logbook).queryByText('Bericht 10')).toBeNull();
    expect(within(logbook).getByText('Je ziet de nieuwste 20 van de 30 berichten.')).toBeVisible();

    fireEvent.click(within(logbook).getByRole('button', { name: 'Toon 10 oudere berichten' }));
    expect(within(logbook).getByText('Bericht 1')).toBeVisible();
    expect(document.activeElement).toBe(itemWithText('Bericht 10'));
    expect(within(logbook).queryByRole('button', { name: /oudere berichten/ })).toBeNull();
  });

  it('keeps the agreements still to do on screen and folds the ones that are over', async () => {
    await openOurPlan([planQuery(longPlan())]);
    const agreements = screen.getByRole('region', { name: 'Afspraken' });
    expect(within(agreements).getByText('Esther maakt een speelafspraak voor Lisanne.')).toBeVisible();
    expect(within(agreements).queryByText('Gedaan 25')).toBeNull();
    expect(within(agreements).getByText('Je ziet 20 van de 26 afspraken. De andere zijn al voorbij: gedaan of niet gelukt.')).toBeVisible();

    fireEvent.click(within(agreements).getByRole('button', { name: 'Toon 6 afspraken die voorbij zijn' }));
    expect(within(agreements).getByText('Gedaan 25')).toBeVisible();
  });

  it('keeps a safety agreement still to do on screen, however many finished ones came before it', async () => {
    const family = esthersFamily();
    const safetyPlan = planItem({ kind: 'SAFETY_PLAN', category: 'SAFETY', text: 'Veiligheidsplan voor Lisanne' });
    const finished = Array.from({ length: 25 }, (_, index) =>
      planItem({ kind: 'SAFETY_AGREEMENT', category: 'SAFETY', status: 'DONE', dueOn: '2024-06-01', text: `Veilig gedaan ${index + 1}` }),
    );
    const open = planItem({ kind: 'SAFETY_AGREEMENT', category: 'SAFETY', status: 'OPEN', text: 'Oma Joke haalt Lisanne op vrijdag van school.' });
    await openOurPlan([planQuery({ ...family, plan: [...family.plan, safetyPlan, ...finished, open] })]);
    const safety = screen.getByRole('region', { name: 'Veiligheidsplan' });
    expect(within(safety).getByText('Oma Joke haalt Lisanne op vrijdag van school.')).toBeVisible();
    expect(within(safety).getByText('Je ziet 20 van de 26 afspraken. De andere zijn al voorbij: gedaan of niet gelukt.')).toBeVisible();
    expect(within(safety).getByRole('button', { name: 'Toon 6 afspraken die voorbij zijn' })).toBeVisible();
  });
});
