import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom';
import { CreateOrganisationDocument, CurrentViewerFragment, OrganisationAccountsDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { AdministrationPage } from '../components/administration-page';
import { OrganisationAccountsPage } from '../components/organisation-accounts-page';

const platform: CurrentViewerFragment = {
  __typename: 'Viewer',
  id: 'account-platform',
  displayName: 'Platformbeheer',
  kind: 'PLATFORM_ADMIN',
  organisation: null,
};

const ORGANISATION_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

async function renderAsPlatformAdministrator(mocks: readonly MockLink.MockedResponse[]) {
  const router = createMemoryRouter(
    [
      {
        element: <Outlet context={platform} />,
        children: [
          { path: '/beheer', element: <AdministrationPage /> },
          { path: '/beheer/organisaties/:organisationId', element: <OrganisationAccountsPage /> },
        ],
      },
    ],
    { initialEntries: ['/beheer'] },
  );
  await renderWithProviders(<RouterProvider router={router} />, { mocks });
  return router;
}

describe('the platform administrator’s organisations', () => {
  it('creates an organisation and goes on to its accounts, to make its administrator', async () => {
    const create: MockLink.MockedResponse = {
      request: { query: CreateOrganisationDocument, variables: { input: { name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' } } },
      result: {
        data: { createOrganisation: { __typename: 'Organisation', id: ORGANISATION_ID, name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' } },
      },
    };
    const noAccounts: MockLink.MockedResponse = {
      request: { query: OrganisationAccountsDocument, variables: { organisationId: ORGANISATION_ID } },
      result: { data: { organisationAccounts: [] } },
    };
    const router = await renderAsPlatformAdministrator([create, noAccounts]);
    expect(screen.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Naam van de organisatie'), { target: { value: 'Wijkteam Noord' } });
    fireEvent.change(screen.getByLabelText('Soort organisatie'), { target: { value: 'NEIGHBOURHOOD_TEAM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));

    // A mutation, then a navigation: more than a moment when the machine is busy.
    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts van Wijkteam Noord' }, { timeout: 5000 })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/beheer/organisaties/${ORGANISATION_ID}`);
    expect(screen.getByText('De organisatie Wijkteam Noord is aangemaakt. Maak nu een account aan voor de beheerder ervan.')).toBeTruthy();
    expect(await screen.findByText('Deze organisatie heeft nog geen accounts.')).toBeTruthy();
    expect((screen.getByLabelText('Beheerder van de organisatie', { exact: false }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('link', { name: 'Terug naar de organisaties' }));
    expect(await screen.findByRole('link', { name: 'Accounts van Wijkteam Noord' })).toBeTruthy();
  });

  it('says what is missing next to each field before anything is sent', async () => {
    await renderAsPlatformAdministrator([]);
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));
    const name = screen.getByLabelText('Naam van de organisatie');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vul de naam van de organisatie in.')).toBeTruthy();
    expect(screen.getByText('Kies wat voor organisatie het is.')).toBeTruthy();
    expect(document.activeElement).toBe(name);
  });
});
