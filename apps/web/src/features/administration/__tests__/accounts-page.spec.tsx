import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import {
  CreateAccountDocument,
  CurrentViewerFragment,
  ManagedAccountFieldsFragment,
  OrganisationAccountsDocument,
  ResendActivationLinkDocument,
  SetAccountDisabledDocument,
} from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AccountsPage } from '../components/accounts-page';

const ingrid: CurrentViewerFragment = {
  __typename: 'Viewer',
  id: 'account-ingrid',
  displayName: 'Ingrid Peters',
  kind: 'ORGANISATION_ADMIN',
  organisation: { __typename: 'Organisation', id: 'org-wijkteam', name: 'Wijkteam Utrecht Centrum' },
};

function account(overrides: Partial<ManagedAccountFieldsFragment>): ManagedAccountFieldsFragment {
  return {
    __typename: 'ManagedAccount',
    id: 'account-x',
    displayName: 'Iemand',
    email: 'iemand@wijkteam.example',
    kind: 'PROFESSIONAL',
    discipline: null,
    activated: true,
    disabledAt: null,
    organisationId: 'org-wijkteam',
    ...overrides,
  };
}

const SELF = account({ id: 'account-ingrid', displayName: 'Ingrid Peters', kind: 'ORGANISATION_ADMIN', email: 'beheer@wijkteam.example' });
const SANNE = account({ id: 'account-sanne', displayName: 'Sanne Jansen', discipline: 'gezinscoach', email: 'sanne.jansen@wijkteam.example' });
const NEW = account({ id: 'account-nadia', displayName: 'Nadia Bakker', activated: false, email: 'nadia@wijkteam.example' });
const FEMKE = account({ id: 'account-femke', displayName: 'Femke de Wit', disabledAt: '2026-02-02T10:00:00Z' });

function accountsAnswer(accounts: ManagedAccountFieldsFragment[]): MockLink.MockedResponse {
  return {
    request: { query: OrganisationAccountsDocument, variables: { organisationId: undefined } },
    result: { data: { organisationAccounts: accounts } },
  };
}

async function renderOwnAccounts(mocks: readonly MockLink.MockedResponse[]) {
  const router = createMemoryRouter([{ path: '/beheer', element: <AccountsPage viewer={ingrid} organisationName="Wijkteam Utrecht Centrum" /> }], {
    initialEntries: ['/beheer'],
  });
  await renderWithProviders(<RouterProvider router={router} />, { mocks });
}

const card = (name: string) => screen.getByRole('heading', { level: 3, name: new RegExp(name) }).closest('li') as HTMLElement;

describe('an organisation administrator’s accounts', () => {
  it('lists every account with whether it can sign in, and offers no way to disable one’s own', async () => {
    await renderOwnAccounts([accountsAnswer([FEMKE, SELF, NEW, SANNE])]);
    expect(screen.getByRole('heading', { level: 1, name: 'Accounts van Wijkteam Utrecht Centrum' })).toBeVisible();
    await screen.findByRole('heading', { level: 3, name: 'Sanne Jansen' });

    expect(within(card('Sanne Jansen')).getByText('Geactiveerd')).toBeVisible();
    expect(within(card('Sanne Jansen')).getByText('gezinscoach')).toBeVisible();
    expect(within(card('Nadia Bakker')).getByText('Wacht op activering')).toBeVisible();
    expect(within(card('Femke de Wit')).getByText('Uitgeschakeld')).toBeVisible();
    expect(within(card('Femke de Wit')).getByText(/Kan niet inloggen sinds 2 februari 2026\./)).toBeVisible();
    expect(within(card('Femke de Wit')).getByRole('button', { name: 'Weer inschakelen: Femke de Wit' })).toBeVisible();
    expect(within(card('Ingrid Peters')).getByText('Dit ben jij')).toBeVisible();
    expect(within(card('Ingrid Peters')).queryByRole('button')).toBeNull();
  });

  it('disables an account only after a question that says its sessions end at once', async () => {
    const disable: MockLink.MockedResponse = {
      request: { query: SetAccountDisabledDocument, variables: { input: { accountId: 'account-sanne', disabled: true } } },
      result: { data: { setAccountDisabled: { ...SANNE, disabledAt: '2026-03-10T09:00:00Z' } } },
    };
    await renderOwnAccounts([accountsAnswer([SANNE]), disable]);
    await screen.findByRole('heading', { level: 3, name: 'Sanne Jansen' });

    fireEvent.click(screen.getByRole('button', { name: 'Uitschakelen: Sanne Jansen' }));
    const question = screen.getByRole('heading', { name: 'Sanne Jansen uitschakelen?' });
    expect(document.activeElement).toBe(question);
    expect(screen.getByText(/Is Sanne Jansen nu ingelogd, dan stopt dat meteen, op elk apparaat\./)).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('heading', { name: 'Sanne Jansen uitschakelen?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Uitschakelen: Sanne Jansen' }));

    fireEvent.click(screen.getByRole('button', { name: 'Uitschakelen: Sanne Jansen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, uitschakelen' }));
    expect(await screen.findByText(/Sanne Jansen is uitgeschakeld en kan niet meer inloggen\./)).toBeVisible();
    expect(within(card('Sanne Jansen')).getByText('Uitgeschakeld')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Weer inschakelen: Sanne Jansen' })).toBeVisible();
  });

  it('sends an account that waits for activation a new link, and only such an account', async () => {
    const resend: MockLink.MockedResponse = {
      request: { query: ResendActivationLinkDocument, variables: { input: { accountId: 'account-nadia' } } },
      result: { data: { resendActivationLink: NEW } },
    };
    await renderOwnAccounts([accountsAnswer([FEMKE, NEW, SANNE]), resend]);
    await screen.findByRole('heading', { level: 3, name: 'Nadia Bakker' });
    expect(within(card('Sanne Jansen')).queryByRole('button', { name: /Nieuwe link sturen/ })).toBeNull();
    expect(within(card('Femke de Wit')).queryByRole('button', { name: /Nieuwe link sturen/ })).toBeNull();

    fireEvent.click(within(card('Nadia Bakker')).getByRole('button', { name: 'Nieuwe link sturen: Nadia Bakker' }));
    const sent = await screen.findByText(
      'Nadia Bakker krijgt een nieuwe e-mail op nadia@wijkteam.example met een link om binnen 7 dagen een wachtwoord te kiezen. De vorige link werkt niet meer.',
    );
    expect(document.activeElement).toBe(sent);
  });

  it('says the account changed when it was activated or disabled before the new link went out', async () => {
    const changed: MockLink.MockedResponse = {
      request: { query: ResendActivationLinkDocument, variables: { input: { accountId: 'account-nadia' } } },
      result: { errors: [{ message: 'This account is activated already.', extensions: { code: 'CONFLICT' } }] },
    };
    await renderOwnAccounts([accountsAnswer([NEW]), changed]);
    await screen.findByRole('heading', { level: 3, name: 'Nadia Bakker' });
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe link sturen: Nadia Bakker' }));
    expect(
      await screen.findByText('Nadia Bakker heeft intussen een wachtwoord gekozen, of het account is uitgeschakeld. Laad de pagina opnieuw.'),
    ).toBeVisible();
  });

  it('creates a professional and says an e-mail goes out to choose a password', async () => {
    const create: MockLink.MockedResponse = {
      request: {
        query: CreateAccountDocument,
        variables: {
          input: {
            kind: 'PROFESSIONAL',
            email: 'nadia@wijkteam.example',
            displayName: 'Nadia Bakker',
            discipline: 'gezinscoach',
            phone: null,
            organisationId: null,
          },
        },
      },
      result: { data: { createAccount: NEW } },
    };
    await renderOwnAccounts([accountsAnswer([SANNE]), create, accountsAnswer([NEW, SANNE])]);
    await screen.findByRole('heading', { level: 3, name: 'Sanne Jansen' });

    expect((screen.getByLabelText('Professional', { exact: false }) as HTMLInputElement).checked).toBe(true);
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'nadia@wijkteam.example' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Nadia Bakker' } });
    fireEvent.change(screen.getByLabelText('Functie (niet verplicht)'), { target: { value: 'gezinscoach' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(
      await screen.findByText(
        'Het account van Nadia Bakker is aangemaakt. Nadia Bakker krijgt een e-mail op nadia@wijkteam.example met een link om binnen 7 dagen een wachtwoord te kiezen.',
      ),
    ).toBeVisible();
    expect(within(card('Nadia Bakker')).getByText('Wacht op activering')).toBeVisible();
    expect(screen.getByLabelText('E-mailadres')).toHaveValue('');
    expect(screen.getByLabelText('Professional', { exact: false })).toBeChecked();

    // The news goes once the form is used for the next account.
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'b' } });
    await waitFor(() => expect(screen.queryByText(/Het account van Nadia Bakker is aangemaakt\./)).toBeNull());
  });

  it('shows next to the e-mail address that it already has an account', async () => {
    const taken: MockLink.MockedResponse = {
      request: { query: CreateAccountDocument, variables: () => true },
      result: { errors: [{ message: 'Another account already uses this e-mail address; use a different one.', extensions: { code: 'EMAIL_ADDRESS_TAKEN' } }] },
    };
    await renderOwnAccounts([accountsAnswer([SANNE]), taken]);
    await screen.findByRole('heading', { level: 3, name: 'Sanne Jansen' });

    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'sanne.jansen@wijkteam.example' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Sanne Jansen' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    const message = await screen.findByText('Er is al een account met dit e-mailadres. Gebruik een ander e-mailadres.');
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(email).toHaveFocus());
  });

  it('says what is missing before anything is sent, and asks for no discipline for an administrator', async () => {
    await renderOwnAccounts([accountsAnswer([SANNE])]);
    await screen.findByRole('heading', { level: 3, name: 'Sanne Jansen' });
    fireEvent.click(screen.getByLabelText('Beheerder van de organisatie', { exact: false }));
    expect(screen.queryByLabelText('Functie (niet verplicht)')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    const email = screen.getByLabelText('E-mailadres');
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription(expect.stringContaining('Vul het e-mailadres in.'));
    expect(screen.getByLabelText('Naam')).toHaveAccessibleDescription(expect.stringContaining('Vul de naam in.'));
  });

  it('says the organisation is gone when the API no longer knows it, and marks no field', async () => {
    const gone: MockLink.MockedResponse = {
      request: { query: CreateAccountDocument, variables: () => true },
      result: {
        errors: [{ message: 'organisationId: unknown', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'organisationId', message: 'is not a known organisation' }] } }],
      },
    };
    await renderOwnAccounts([accountsAnswer([SANNE]), gone]);
    await screen.findByRole('heading', { level: 3, name: 'Sanne Jansen' });
    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'nadia@wijkteam.example' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Nadia Bakker' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Deze organisatie bestaat niet (meer). Ga terug naar de organisaties en kies er een.');
    expect(screen.getByLabelText('E-mailadres')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('E-mailadres')).toHaveValue('nadia@wijkteam.example');
  });
});

describe('a new organisation’s accounts, right after the platform administrator created it', () => {
  const platformAdmin: CurrentViewerFragment = { __typename: 'Viewer', id: 'account-platform', displayName: 'Platformbeheer', kind: 'PLATFORM_ADMIN', organisation: null };
  const ADMIN = account({ id: 'account-bram', displayName: 'Bram Kok', kind: 'ORGANISATION_ADMIN', activated: false, email: 'bram@nieuw.example', organisationId: 'org-new' });
  const answer = (accounts: ManagedAccountFieldsFragment[]): MockLink.MockedResponse => ({
    request: { query: OrganisationAccountsDocument, variables: { organisationId: 'org-new' } },
    result: { data: { organisationAccounts: accounts } },
  });

  it('says the organisation was created until its first account is made, then no more', async () => {
    const create: MockLink.MockedResponse = {
      request: { query: CreateAccountDocument, variables: () => true },
      result: { data: { createAccount: ADMIN } },
    };
    const page = <AccountsPage viewer={platformAdmin} organisationId="org-new" organisationName="Wijkteam Nieuw" justCreated />;
    const router = createMemoryRouter([{ path: '/beheer/organisaties/org-new', element: page }], { initialEntries: ['/beheer/organisaties/org-new'] });
    await renderWithProviders(<RouterProvider router={router} />, { mocks: [answer([]), create, answer([ADMIN])] });
    const createdMessage = 'De organisatie Wijkteam Nieuw is aangemaakt. Maak nu een account aan voor de beheerder ervan.';
    expect(screen.getByText(createdMessage)).toBeVisible();

    fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: 'bram@nieuw.example' } });
    fireEvent.change(screen.getByLabelText('Naam'), { target: { value: 'Bram Kok' } });
    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));

    expect(await screen.findByText(/Het account van Bram Kok is aangemaakt\./)).toBeVisible();
    expect(screen.queryByText(createdMessage)).toBeNull();
  });
});
