import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { ActivateAccountDocument, MeDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AccountActivationPage } from '../components/account-activation-page';

const TOKEN = 'k3Jx9vQ2mZ8rT5wL1nB7cD4fH6gP0sYa';
const PASSWORD = 'op zondag fietsen naar oma';

const viewer = {
  __typename: 'Viewer' as const,
  id: 'account-nadia',
  displayName: 'Nadia Bakker',
  kind: 'PROFESSIONAL' as const,
  organisation: { __typename: 'Organisation' as const, id: 'org-noord', name: 'Wijkteam Noord' },
};

const nobodySignedIn: MockLink.MockedResponse = { request: { query: MeDocument }, result: { data: { me: null } } };
const nadiaSignedIn: MockLink.MockedResponse = {
  request: { query: MeDocument },
  result: { data: { me: viewer } },
  maxUsageCount: 5,
};

function activation(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return {
    request: { query: ActivateAccountDocument, variables: { input: { token: TOKEN, password: PASSWORD } } },
    result,
  };
}

const rejected = (field: string, message: string) => ({
  errors: [{ message: `${field}: ${message}`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message }] } }],
});

async function openLink(url: string, mocks: readonly MockLink.MockedResponse[]) {
  const router = createMemoryRouter(
    [
      { path: '/account-activeren', element: <AccountActivationPage /> },
      { path: '/', element: <p>De startpagina</p> },
      { path: '/inloggen', element: <p>De inlogpagina</p> },
    ],
    { initialEntries: [url] },
  );
  await renderWithProviders(<RouterProvider router={router} />, { mocks });
  return router;
}

function choose(password: string, repeat = password): void {
  fireEvent.change(screen.getByLabelText('Nieuw wachtwoord'), { target: { value: password } });
  fireEvent.change(screen.getByLabelText('Herhaal het wachtwoord'), { target: { value: repeat } });
  fireEvent.click(screen.getByRole('button', { name: 'Wachtwoord opslaan en inloggen' }));
}

describe('choosing a password through the activation link', () => {
  it('takes the token out of the address at once, and explains the password in plain words', async () => {
    const router = await openLink(`/account-activeren#token=${TOKEN}`, [nobodySignedIn]);
    expect(screen.getByRole('heading', { level: 1, name: 'Kies je wachtwoord' })).toBeVisible();
    expect(router.state.location.hash).toBe('');
    expect(router.state.location.pathname).toBe('/account-activeren');
    expect(screen.getByText(/Kies minstens 12 tekens\./)).toBeVisible();
  });

  it('sends the token with the password, signs the new account in and goes to the home page', async () => {
    const router = await openLink(`/account-activeren#token=${TOKEN}`, [
      nobodySignedIn,
      activation({ data: { activateAccount: viewer } }),
      nadiaSignedIn,
    ]);
    choose(PASSWORD);
    expect(await screen.findByText('De startpagina')).toBeVisible();
    expect(router.state.location.pathname).toBe('/');
  });

  it('says what is wrong next to each field before anything is sent', async () => {
    await openLink(`/account-activeren#token=${TOKEN}`, [nobodySignedIn]);
    choose('te kort', 'anders');
    const password = screen.getByLabelText('Nieuw wachtwoord');
    const message = await screen.findByText('Dit wachtwoord is te kort. Kies minstens 12 tekens.');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password.getAttribute('aria-describedby')).toContain(message.id);
    expect(screen.getByLabelText('Herhaal het wachtwoord')).toHaveAccessibleDescription(
      expect.stringContaining('Dit is niet hetzelfde als het nieuwe wachtwoord. Typ het nog een keer.'),
    );
    await waitFor(() => expect(password).toHaveFocus());
  });

  it('says in its own words, above the form, that saving failed through a fault, and keeps what was typed', async () => {
    await openLink(`/account-activeren#token=${TOKEN}`, [
      nobodySignedIn,
      activation({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    ]);
    choose(PASSWORD);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Het opslaan lukt nu niet door een storing. Probeer het over een paar minuten opnieuw. De link blijft 7 dagen geldig.',
    );
    expect(screen.getByLabelText('Nieuw wachtwoord')).toHaveValue(PASSWORD);
  });

  it('shows a password the API refused next to the password field', async () => {
    await openLink(`/account-activeren#token=${TOKEN}`, [
      nobodySignedIn,
      activation(rejected('password', 'choose a password of at least 12 characters')),
    ]);
    choose(PASSWORD);
    const message = await screen.findByText(
      'Dit wachtwoord kan niet worden gebruikt. Kies een ander wachtwoord van minstens 12 tekens.',
    );
    const password = screen.getByLabelText('Nieuw wachtwoord');
    expect(password.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(password).toHaveFocus());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the link no longer works when it is unknown, used or expired, and points to signing in', async () => {
    await openLink(`/account-activeren#token=${TOKEN}`, [
      nobodySignedIn,
      activation(rejected('token', 'this activation link is unknown, used or expired; ask for a new one')),
    ]);
    choose(PASSWORD);
    const title = await screen.findByRole('heading', { name: 'Deze link werkt niet meer' });
    expect(document.activeElement).toBe(title);
    expect(screen.queryByLabelText('Nieuw wachtwoord')).toBeNull();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toBeVisible();
  });

  it('says the account is disabled, and whom to ask, when the link is good but the account is not', async () => {
    await openLink(`/account-activeren#token=${TOKEN}`, [
      nobodySignedIn,
      activation({ errors: [{ message: 'This account is disabled.', extensions: { code: 'ACCOUNT_DISABLED' } }] }),
    ]);
    choose(PASSWORD);
    const title = await screen.findByRole('heading', { name: 'Je account is uitgeschakeld' });
    expect(document.activeElement).toBe(title);
    expect(screen.getByText(/Wordt je account weer ingeschakeld, dan kun je deze link nog gebruiken/)).toBeVisible();
    expect(screen.queryByLabelText('Nieuw wachtwoord')).toBeNull();
  });

  it('says the link is not complete when the address has no token', async () => {
    await openLink('/account-activeren', [nobodySignedIn]);
    expect(screen.getByRole('heading', { name: 'Deze link is niet compleet' })).toBeVisible();
    expect(screen.queryByLabelText('Nieuw wachtwoord')).toBeNull();
  });

  it('says so when the link was accepted but the account cannot sign in', async () => {
    await openLink(`/account-activeren#token=${TOKEN}`, [
      nobodySignedIn,
      activation({ data: { activateAccount: viewer } }),
      { ...nobodySignedIn, maxUsageCount: 5 },
    ]);
    choose(PASSWORD);
    expect(await screen.findByRole('heading', { name: 'Inloggen met dit account lukt niet' })).toBeVisible();
  });
});
