import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { WithdrawConsentDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { WithdrawConsentForm } from '../components/withdraw-consent-form';

function withdrawing(input: Record<string, unknown>, result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: WithdrawConsentDocument, variables: { input } }, result };
}

describe('withdrawing a consent, by the regisseur', () => {
  it('opens on the note, says a note that is too long before sending, and withdraws with the note trimmed', async () => {
    const onDone = jest.fn();
    const refused = { errors: [{ message: 'Not found', extensions: { code: 'NOT_FOUND' } }] };
    await renderWithProviders(<WithdrawConsentForm consentId="consent-1" onDone={onDone} />, {
      mocks: [withdrawing({ consentId: 'consent-1', note: 'Moeder trekt het in.' }, refused)],
    });
    const note = screen.getByLabelText('Toelichting (niet verplicht)');
    await waitFor(() => expect(note).toHaveFocus());

    fireEvent.change(note, { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByText('Dit is te lang: schrijf de toelichting in hoogstens 2000 tekens.')).toBeVisible();

    fireEvent.change(note, { target: { value: '  Moeder trekt het in. ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Intrekken' }));
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('withdraws without a note when none is given, and closes', async () => {
    const onDone = jest.fn();
    await renderWithProviders(<WithdrawConsentForm consentId="consent-1" onDone={onDone} />, {
      mocks: [withdrawing({ consentId: 'consent-1' }, { data: { withdrawConsent: null } })],
    });
    fireEvent.click(screen.getByRole('button', { name: 'Intrekken' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });
});
