import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { LegalBasisRecordingDocument, RecordLegalBasisDocument } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { KEES, legalBasis, MARIEKE, meijer, SANNE } from '../../involvements/testing/involvements-fixture';
import { renderPage } from '../../portal-shared/testing/render-page';
import { RecordLegalBasisPage } from '../components/record-legal-basis-page';

const MEIJER = meijer({ involvements: [SANNE, MARIEKE, KEES] });
const FAMILY = {
  __typename: MEIJER.__typename,
  id: MEIJER.id,
  name: MEIJER.name,
  myRelation: MEIJER.myRelation,
  members: MEIJER.members,
  involvements: MEIJER.involvements,
};

const recording: MockLink.MockedResponse = {
  request: { query: LegalBasisRecordingDocument, variables: { id: FAMILY.id } },
  result: { data: { family: FAMILY } },
};

const STEPS = {
  purpose: 'De gezinsvoogd weet of de afspraken van het plan worden nagekomen.',
  necessaryInformation: 'Alleen of Esther de afspraken met school nakomt.',
  proportionality: 'Beperkt tot de afspraken, niets over behandeling.',
  subsidiarity: 'Esther weigert toestemming; anoniem kan niet.',
  professionalSecrecy: 'De veiligheid van Lisanne weegt zwaarder dan geheimhouding.',
};

const input = {
  familyId: FAMILY.id,
  recipientInvolvementId: KEES.id,
  kind: 'SUPERVISION_ORDER',
  subjectMemberIds: ['lisanne'],
  categories: ['SAFETY'],
  ...STEPS,
  reference: 'C/16/123456',
  informingDelayReason: 'Eerst moet Lisanne veilig zijn; daarna vertellen we het.',
};

async function openPage(involvementId: string, mocks: MockLink.MockedResponse[]) {
  const rendered = await renderPage(<RecordLegalBasisPage />, {
    path: PATHS.recordLegalBasis,
    url: `/gezinnen/${FAMILY.id}/betrokkenen/${involvementId}/grondslag`,
    mocks,
  });
  await screen.findByRole('heading', { level: 1 });
  return rendered;
}

describe('recording sharing without consent', () => {
  it('records the six steps and the reason the family is told afterwards, then returns to who is involved', async () => {
    const recorded: MockLink.MockedResponse = {
      request: { query: RecordLegalBasisDocument, variables: { input } },
      result: { data: { recordLegalBasis: legalBasis({ id: 'basis-new', informingDelayReason: input.informingDelayReason }) } },
    };
    const { router } = await openPage(KEES.id, [recording, recorded]);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Delen zonder toestemming met Kees Dekker');
    // The members the task concerns are chosen already; the categories are a deliberate choice.
    expect((screen.getByRole('checkbox', { name: 'Lisanne Meijer' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Veiligheid' }) as HTMLInputElement).checked).toBe(false);

    fireEvent.click(screen.getByRole('radio', { name: /Ondertoezichtstelling/ }));
    fireEvent.change(screen.getByLabelText('Kenmerk (niet verplicht)'), { target: { value: 'C/16/123456' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Veiligheid' }));
    fireEvent.change(screen.getByLabelText('Waarvoor is de informatie nodig?'), { target: { value: STEPS.purpose } });
    fireEvent.change(screen.getByLabelText('Welke informatie precies, en waarom is die nodig?'), { target: { value: STEPS.necessaryInformation } });
    fireEvent.change(screen.getByLabelText('Staat het delen in verhouding tot het doel?'), { target: { value: STEPS.proportionality } });
    fireEvent.change(screen.getByLabelText('Kan het ook anders?'), { target: { value: STEPS.subsidiarity } });
    fireEvent.change(screen.getByLabelText('Hoe heb je je beroepsgeheim gewogen?'), { target: { value: STEPS.professionalSecrecy } });
    fireEvent.click(screen.getByRole('radio', { name: 'Het gezin hoort het pas achteraf' }));
    fireEvent.change(screen.getByLabelText('Waarom hoort het gezin het pas achteraf?'), { target: { value: input.informingDelayReason } });
    fireEvent.click(screen.getByRole('button', { name: 'Grondslag vastleggen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/gezinnen/gezin-meijer/betrokkenen'));
    expect(router.state.location.state).toEqual({ legalBasisRecordedFor: 'Kees Dekker' });
  });

  it('shows each missing step next to its field, with the focus on the first', async () => {
    await openPage(KEES.id, [recording]);
    fireEvent.click(screen.getByRole('button', { name: 'Grondslag vastleggen' }));

    expect(await screen.findByText('Kies de grondslag.')).toBeVisible();
    expect(screen.getAllByText('Leg deze stap vast in minstens 10 tekens.')).toHaveLength(5);
    expect(screen.getByText('Kies welke soort informatie nodig is.')).toBeVisible();
    expect(screen.getByText('Kies wanneer het gezin het hoort.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: /Ondertoezichtstelling/ })));
  });

  it('asks for consent instead when the task is not a protective one', async () => {
    await openPage(MARIEKE.id, [recording]);
    expect(screen.getByText(/Basisschool De Regenboog krijgt informatie alleen met toestemming\./)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar toestemming' }).getAttribute('href')).toBe('/gezinnen/gezin-meijer/toestemming');
    expect(screen.queryByRole('button', { name: 'Grondslag vastleggen' })).toBeNull();
  });
});
