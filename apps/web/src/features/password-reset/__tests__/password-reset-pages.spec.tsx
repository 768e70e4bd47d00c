import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { MeDocument, RequestPasswordResetDocument, ResetPasswordDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { ForgotPasswordPage } from '../components/forgot-password-page';
import { ResetPasswordPage } from '../components/reset-password-page';

const TOKEN = 'k3Jx9vQ2mZ8rT5wL1nB7cD4fH6gP0sYa';
const PASSWORD = 'op zondag fietsen naar oma';

async function open(url: string, mocks: readonly MockLink.MockedResponse[]) {
  const router = createMemoryRouter(
    [
      { path: '/wachtwoord-vergeten', element: <ForgotPasswordPage /> },
      { path: '/wachtwoord-herstellen', element: <ResetPasswordPage /> },
      { path: '/', element: <p>De startpagina</p> },
      { path: '/inloggen', element: <p>De inlogpagina</p> },
    ],
    { initialEntries: [url] },
  );
  await renderWithProviders(<RouterProvider router={router} />, { mocks });
  return router;
}

describe('forgotten password', () => {
  it('asks for the address and then says the same thing whether or not it has an account', async () => {
    await open('/wachtwoord-vergeten', [
      {
        request: { query: RequestPasswordResetDocument, variables: { input: { email: 'nadia@wijkteam.nl' } } },
        result: { data: { requestPasswordReset: true } },
      },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Stuur mij een link' }));
    const email = screen.getByLabelText('E-mailadres');
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.');

    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: ' nadia@wijkteam.nl ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Stuur mij een link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kijk in je e-mail' })).toBeVisible();
    expect(screen.getByText(/Hoort nadia@wijkteam.nl bij een account in Gezinsplan\?/)).toBeVisible();
  });

  it('says a fault in its own words, and keeps the address', async () => {
    await open('/wachtwoord-vergeten', [
      {
        request: { query: RequestPasswordResetDocument, variables: { input: { email: 'nadia@wijkteam.nl' } } },
        result: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      },
    ]);
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'nadia@wijkteam.nl' } });
    fireEvent.click(screen.getByRole('button', { name: 'Stuur mij een link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Het versturen lukt nu niet door een storing. Probeer het over een paar minuten opnieuw.',
    );
    expect(screen.getByLabelText('E-mailadres')).toHaveValue('nadia@wijkteam.nl');
  });
});

describe('choosing a new password through the reset link', () => {
  it('says what is wrong with the repeated password at that field, in the reset page’s words, and sends nothing', async () => {
    await open(`/wachtwoord-herstellen#token=${TOKEN}`, []);
    fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: PASSWORD } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
    const repeat = screen.getByLabelText('Herhaal het nieuwe wachtwoord');
    await waitFor(() => expect(repeat).toHaveFocus());
    expect(repeat).toHaveAccessibleDescription('Typ het wachtwoord hier nog een keer.');
    expect(screen.getByLabelText('Nieuw wachtwoord')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Kies hier je nieuwe wachtwoord. Daarna ben je meteen ingelogd. Op andere apparaten word je uitgelogd.')).toBeVisible();
  });

  it('takes the token out of the address, and says so plainly when the link is used or expired', async () => {
    const router = await open(`/wachtwoord-herstellen#token=${TOKEN}`, [
      {
        request: { query: ResetPasswordDocument, variables: { input: { token: TOKEN, password: PASSWORD } } },
        result: {
          errors: [
            {
              message: 'token: this reset link is unknown, used or expired; ask for a new one',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', message: 'this reset link is unknown, used or expired' }] },
            },
          ],
        },
      },
    ]);
    expect(router.state.location.hash).toBe('');
    fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: PASSWORD } });
    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: PASSWORD } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
    const title = await screen.findByRole('heading', { level: 2, name: 'Deze link werkt niet meer' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('link', { name: 'Een nieuwe link vragen' })).toBeVisible();
    expect(screen.queryByLabelText('Nieuw wachtwoord')).toBeNull();
    expect(screen.queryByText(/Kies hier je nieuwe wachtwoord/)).toBeNull();
  });

  it('signs in with the new password and goes to the home page', async () => {
    const router = await open(`/wachtwoord-herstellen#token=${TOKEN}`, [
      {
        request: { query: ResetPasswordDocument, variables: { input: { token: TOKEN, password: PASSWORD } } },
        result: {
          data: {
            resetPassword: {
              __typename: 'Viewer',
              id: 'account-nadia',
              displayName: 'Nadia Bakker',
              kind: 'PROFESSIONAL',
              organisation: { __typename: 'Organisation', id: 'org-noord', name: 'Wijkteam Noord' },
            },
          },
        },
      },
      {
        request: { query: MeDocument },
        result: {
          data: {
            me: {
              __typename: 'Viewer',
              id: 'account-nadia',
              displayName: 'Nadia Bakker',
              kind: 'PROFESSIONAL',
              organisation: { __typename: 'Organisation', id: 'org-noord', name: 'Wijkteam Noord' },
            },
          },
        },
        maxUsageCount: 5,
      },
    ]);
    fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: PASSWORD } });
    fireEvent.change(screen.getByLabelText('Herhaal het nieuwe wachtwoord'), { target: { value: PASSWORD } });
    fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
    expect(await screen.findByText('De startpagina')).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });
});
