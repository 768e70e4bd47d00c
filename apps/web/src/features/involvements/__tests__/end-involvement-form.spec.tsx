import { dutchToday } from '@gezinsplan/domain';
import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { EndInvolvementDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { EndInvolvementForm } from '../components/end-involvement-form';
import { MARIEKE } from '../testing/involvements-fixture';

const REASON = 'De taak is klaar: Lisanne gaat weer graag naar school.';

function endAnswering(expectedVersion: number, result: MockLink.MockedResponse['result'], endsOn = dutchToday()): MockLink.MockedResponse {
  return {
    request: { query: EndInvolvementDocument, variables: { input: { involvementId: MARIEKE.id, expectedVersion, reason: REASON, endsOn } } },
    result,
  };
}

async function renderForm(mocks: MockLink.MockedResponse[], onEnded = jest.fn(), onCancel = jest.fn()) {
  await renderWithProviders(
    <MemoryRouter>
      <EndInvolvementForm familyId="gezin-meijer" involvement={MARIEKE} onEnded={onEnded} onCancel={onCancel} />
    </MemoryRouter>,
    { mocks },
  );
  return { onEnded, onCancel };
}

function giveReasonAndContinue(reason = ` ${REASON} `): void {
  fireEvent.change(screen.getByLabelText('Waarom eindigt de betrokkenheid?'), { target: { value: reason } });
  fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
}

describe('ending an involvement', () => {
  it('asks for the reason, shows what will happen, and ends it only once confirmed', async () => {
    const { onEnded } = await renderForm([endAnswering(1, { data: { endInvolvement: MARIEKE.id } })]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Waarom eindigt de betrokkenheid?')));
    giveReasonAndContinue();

    const heading = await screen.findByRole('heading', { name: 'Controleer: betrokkenheid van Marieke de Vries beëindigen' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(REASON)).toBeVisible();
    expect(screen.getByText('Vanaf nu kan Marieke de Vries het plan niet meer inzien. De betrokkenheid blijft in de lijst staan als beëindigd.')).toBeVisible();
    expect(onEnded).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Betrokkenheid beëindigen' }));
    await waitFor(() => expect(onEnded).toHaveBeenCalled());
  });

  it('ends it on a later day: access stays until that day, and the check says so', async () => {
    const later = new Date(Date.parse(`${dutchToday()}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
    const { onEnded } = await renderForm([endAnswering(1, { data: { endInvolvement: MARIEKE.id } }, later)]);
    fireEvent.change(screen.getByLabelText('Toegang stopt op'), { target: { value: later } });
    giveReasonAndContinue();
    expect(await screen.findByText(/kan het plan nog inzien tot de gekozen dag/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Betrokkenheid beëindigen' }));
    await waitFor(() => expect(onEnded).toHaveBeenCalled());
  });

  it('does not go on with an end date in the past', async () => {
    const { onEnded } = await renderForm([]);
    fireEvent.change(screen.getByLabelText('Toegang stopt op'), { target: { value: '2000-01-01' } });
    giveReasonAndContinue();
    expect(await screen.findByText('Kies vandaag of een latere dag.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Betrokkenheid beëindigen' })).toBeNull();
    expect(onEnded).not.toHaveBeenCalled();
  });

  it('does not go on without a reason of at least 3 characters', async () => {
    const { onEnded } = await renderForm([]);
    giveReasonAndContinue('ok');
    const message = await screen.findByText('Schrijf een reden van minstens 3 tekens.');
    expect(screen.getByLabelText('Waarom eindigt de betrokkenheid?').getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.queryByRole('button', { name: 'Betrokkenheid beëindigen' })).toBeNull();
    expect(onEnded).not.toHaveBeenCalled();
  });

  it('says when someone changed the involvement meanwhile, and ends their version only when asked again', async () => {
    const stale = endAnswering(1, {
      errors: [{ message: 'Someone else changed this involvement', extensions: { code: 'CONFLICT', current: { version: 2 } } }],
    });
    const { onEnded } = await renderForm([stale, endAnswering(2, { data: { endInvolvement: MARIEKE.id } })]);
    giveReasonAndContinue();
    fireEvent.click(await screen.findByRole('button', { name: 'Betrokkenheid beëindigen' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Iemand anders heeft de betrokkenheid van Marieke de Vries intussen gewijzigd.');
    expect(onEnded).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Toch beëindigen' }));
    await waitFor(() => expect(onEnded).toHaveBeenCalled());
  });

  it('explains that the regisseur’s involvement ends only after a handover, and offers no way around it', async () => {
    const regisseur = endAnswering(1, {
      errors: [{ message: 'The regisseur’s involvement cannot end: hand the regisseur role over first.', extensions: { code: 'CONFLICT' } }],
    });
    const { onEnded } = await renderForm([regisseur]);
    giveReasonAndContinue();
    fireEvent.click(await screen.findByRole('button', { name: 'Betrokkenheid beëindigen' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die kan pas eindigen als iemand anders de regie heeft overgenomen.');
    expect(screen.getByRole('link', { name: 'Regie overdragen' }).getAttribute('href')).toBe('/gezinnen/gezin-meijer/regie-overdragen');
    expect(screen.queryByRole('button', { name: /beëindigen/ })).toBeNull();
    expect(onEnded).not.toHaveBeenCalled();
  });

  it('goes back from the check to the reason as typed, with the focus on it', async () => {
    await renderForm([]);
    giveReasonAndContinue();
    fireEvent.click(await screen.findByRole('button', { name: 'Terug' }));
    const reason = await screen.findByLabelText('Waarom eindigt de betrokkenheid?');
    expect((reason as HTMLTextAreaElement).value).toBe(` ${REASON} `);
    await waitFor(() => expect(document.activeElement).toBe(reason));
  });

  it('marks the reason the API refuses, back on the first step', async () => {
    const refused = endAnswering(1, {
      errors: [{ message: 'reason is too short', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.reason', message: 'too short' }] } }],
    });
    const { onEnded } = await renderForm([refused]);
    giveReasonAndContinue();
    fireEvent.click(await screen.findByRole('button', { name: 'Betrokkenheid beëindigen' }));
    const reason = await screen.findByLabelText('Waarom eindigt de betrokkenheid?');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(reason));
    expect(screen.getByText('Schrijf een reden van minstens 3 tekens.')).toBeVisible();
    expect(onEnded).not.toHaveBeenCalled();
  });

  it('goes back without ending anything when cancelled', async () => {
    const { onCancel, onEnded } = await renderForm([]);
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(onCancel).toHaveBeenCalled();
    expect(onEnded).not.toHaveBeenCalled();
  });
});
