import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { SignInDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { SignInForm } from '../components/sign-in-form';
import { readInvitationToken } from '../utils/invitation-token';

const input = { email: 'sanne.jansen@wijkteam', password: 'geheim' };

function signInAnswering(extensions: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: SignInDocument, variables: { input } },
    result: { errors: [{ message: 'The server says this in English', extensions }] },
  };
}

function fillInAndSubmit(): void {
  fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: input.email } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: input.password } });
  fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('the sign-in form', () => {
  it('shows a rejected field’s problem next to that field, in Dutch', async () => {
    const fields = [{ field: 'email', message: 'enter a valid e-mail address' }];
    await renderWithProviders(<SignInForm />, { mocks: [signInAnswering({ code: 'BAD_USER_INPUT', fields })] });
    fillInAndSubmit();

    const message = await screen.findByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.');
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(message.id);
    expect(document.activeElement).toBe(email);
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-invalid')).not.toBe('true');
    expect(screen.queryByText(/enter a valid e-mail address/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says once, in Dutch, that the e-mail address or password is wrong', async () => {
    await renderWithProviders(<SignInForm />, { mocks: [signInAnswering({ code: 'UNAUTHENTICATED' })] });
    fillInAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'Het e-mailadres of het wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
    );
    expect(screen.queryByText(/The server says/)).toBeNull();
    expect(screen.getByLabelText('E-mailadres').getAttribute('aria-invalid')).not.toBe('true');
    // The focus moves to the message, so that keyboard and screen reader users land on what went wrong.
    expect(document.activeElement?.contains(alert)).toBe(true);
    expect(document.activeElement).not.toBe(document.body);
  });

  it('says a busy server (SERVER_BUSY) as every form does, not as a fault', async () => {
    await renderWithProviders(<SignInForm />, { mocks: [signInAnswering({ code: 'SERVER_BUSY' })] });
    fillInAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Het is nu erg druk in Gezinsplan. Daarom is er niets opgeslagen.');
    expect(alert).toHaveTextContent('Probeer het over een minuut opnieuw.');
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('says how long to wait after too many attempts, on the Dutch clock', async () => {
    await renderWithProviders(<SignInForm />, {
      mocks: [signInAnswering({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 15 * 60 })],
    });
    fillInAndSubmit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Wacht 15 minuten en probeer het om \d{2}:\d{2} opnieuw\.$/);
  });

  it('sends the token of a portal invitation’s link along, which accepts the invitation', async () => {
    expect(readInvitationToken('#uitnodiging=abc-123')).toBe('abc-123');
    expect(readInvitationToken('#token=abc')).toBeNull();
    const withToken = { ...input, invitationToken: 'abc-123' };
    await renderWithProviders(<SignInForm invitationToken="abc-123" />, {
      mocks: [
        {
          request: { query: SignInDocument, variables: { input: withToken } },
          result: { errors: [{ message: 'Wrong', extensions: { code: 'UNAUTHENTICATED' } }] },
        },
      ],
    });
    fillInAndSubmit();
    // The mock answers only a request that carries the token.
    expect(await screen.findByRole('alert')).toBeVisible();
  });

  it('says when the invitation cannot be linked to the account, and signs in without it the next time', async () => {
    const withToken = { ...input, invitationToken: 'abc-123' };
    await renderWithProviders(<SignInForm invitationToken="abc-123" />, {
      mocks: [
        {
          request: { query: SignInDocument, variables: { input: withToken } },
          result: { errors: [{ message: 'Not linkable', extensions: { code: 'PORTAL_INVITATION_NOT_LINKABLE' } }] },
        },
        signInAnswering({ code: 'UNAUTHENTICATED' }),
      ],
    });
    fillInAndSubmit();
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Deze uitnodiging kan niet aan jouw account worden gekoppeld\./);

    // The second mock answers only a request without the token.
    fireEvent.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect(await screen.findByText(/Het e-mailadres of het wachtwoord klopt niet/)).toBeVisible();
  });

  it('shows that it is busy while the API answers', async () => {
    await renderWithProviders(<SignInForm />, { mocks: [signInAnswering({ code: 'UNAUTHENTICATED' })] });
    fillInAndSubmit();

    const button = screen.getByRole('button', { name: 'Bezig met inloggen…' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('alert');
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeVisible();
  });
});
