import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom';
import {
  CreateOrganisationDocument,
  CurrentViewerFragment,
  OrganisationAccountsDocument,
  OrganisationsDocument,
  OrganisationsQuery,
} from '../../../graphql/generated/graphql';
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

type Organisation = OrganisationsQuery['organisations'][number];

const organisation = (id: string, name: string, type: Organisation['type']): Organisation => ({ __typename: 'Organisation', id, name, type });

const JEUGDBESCHERMING = organisation('1a2b3c4d-0000-4000-8000-000000000001', 'Jeugdbescherming Regio Utrecht', 'YOUTH_PROTECTION');
const WIJKTEAM_CENTRUM = organisation('1a2b3c4d-0000-4000-8000-000000000002', 'Wijkteam Utrecht Centrum', 'NEIGHBOURHOOD_TEAM');
const WIJKTEAM_NOORD = organisation(ORGANISATION_ID, 'Wijkteam Noord', 'NEIGHBOURHOOD_TEAM');

function organisationsAnswer(organisations: Organisation[], maxUsageCount = 1): MockLink.MockedResponse {
  return { request: { query: OrganisationsDocument }, result: { data: { organisations } }, maxUsageCount };
}

function noAccountsIn(organisationId: string): MockLink.MockedResponse {
  return {
    request: { query: OrganisationAccountsDocument, variables: { organisationId } },
    result: { data: { organisationAccounts: [] } },
  };
}

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
  it('lists every organisation by name, each with a link to its accounts', async () => {
    const router = await renderAsPlatformAdministrator([
      organisationsAnswer([JEUGDBESCHERMING, WIJKTEAM_CENTRUM], 2),
      noAccountsIn(WIJKTEAM_CENTRUM.id),
    ]);
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Accounts van Jeugdbescherming Regio Utrecht (Jeugdbescherming)',
      'Accounts van Wijkteam Utrecht Centrum (Wijkteam)',
    ]);

    fireEvent.click(screen.getByRole('link', { name: 'Accounts van Wijkteam Utrecht Centrum' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts van Wijkteam Utrecht Centrum' })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/beheer/organisaties/${WIJKTEAM_CENTRUM.id}`);
  });

  it('says so when there are none yet, and offers to try again when the list cannot be loaded', async () => {
    await renderAsPlatformAdministrator([
      { request: { query: OrganisationsDocument }, error: new Error('Failed to fetch') },
      organisationsAnswer([]),
    ]);
    expect(await screen.findByText('De organisaties kunnen nu niet worden geladen door een storing.')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Er zijn nog geen organisaties. Maak hierboven de eerste aan.')).toBeVisible();
  });

  it('creates an organisation and goes on to its accounts, to make its administrator', async () => {
    const create: MockLink.MockedResponse = {
      request: { query: CreateOrganisationDocument, variables: { input: { name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' } } },
      result: { data: { createOrganisation: WIJKTEAM_NOORD } },
    };
    const router = await renderAsPlatformAdministrator([
      organisationsAnswer([WIJKTEAM_CENTRUM]),
      create,
      // From here on the API knows the new one too.
      organisationsAnswer([WIJKTEAM_NOORD, WIJKTEAM_CENTRUM], 5),
      noAccountsIn(ORGANISATION_ID),
    ]);
    expect(screen.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
    await screen.findByRole('link', { name: 'Accounts van Wijkteam Utrecht Centrum' });

    fireEvent.change(screen.getByLabelText('Naam van de organisatie'), { target: { value: 'Wijkteam Noord' } });
    fireEvent.change(screen.getByLabelText('Soort organisatie'), { target: { value: 'NEIGHBOURHOOD_TEAM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));

    // A mutation, then a navigation: more than a moment when the machine is busy.
    expect(await screen.findByRole('heading', { level: 1, name: 'Accounts van Wijkteam Noord' }, { timeout: 5000 })).toBeVisible();
    expect(router.state.location.pathname).toBe(`/beheer/organisaties/${ORGANISATION_ID}`);
    expect(screen.getByText('De organisatie Wijkteam Noord is aangemaakt. Maak nu een account aan voor de beheerder ervan.')).toBeVisible();
    expect(await screen.findByText('Deze organisatie heeft nog geen accounts.')).toBeVisible();
    expect((screen.getByLabelText('Beheerder van de organisatie', { exact: false }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(screen.getByRole('link', { name: 'Terug naar de organisaties' }));
    expect(await screen.findByRole('link', { name: 'Accounts van Wijkteam Noord' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Accounts van Wijkteam Utrecht Centrum' })).toBeVisible();
  });

  it('says what is missing next to each field before anything is sent', async () => {
    await renderAsPlatformAdministrator([organisationsAnswer([WIJKTEAM_CENTRUM])]);
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));
    const name = screen.getByLabelText('Naam van de organisatie');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Vul de naam van de organisatie in.'));
    expect(screen.getByLabelText('Soort organisatie')).toHaveAccessibleDescription(expect.stringContaining('Kies wat voor organisatie het is.'));
  });

  it('shows a name the API refused next to the name, and a fault in its own words above the form', async () => {
    const input = { name: 'Wijkteam Noord', type: 'NEIGHBOURHOOD_TEAM' };
    await renderAsPlatformAdministrator([
      organisationsAnswer([WIJKTEAM_CENTRUM]),
      {
        request: { query: CreateOrganisationDocument, variables: { input } },
        result: { errors: [{ message: 'name: taken', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.name', message: 'is taken' }] } }] },
      },
      { request: { query: CreateOrganisationDocument, variables: { input } }, result: { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } },
    ]);
    fireEvent.change(screen.getByLabelText('Naam van de organisatie'), { target: { value: ' Wijkteam Noord ' } });
    fireEvent.change(screen.getByLabelText('Soort organisatie'), { target: { value: 'NEIGHBOURHOOD_TEAM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));

    const name = screen.getByLabelText('Naam van de organisatie');
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Deze naam is te kort. Vul minstens 2 tekens in.'));
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Alleen platformbeheer kan organisaties aanmaken.');
    expect(name).toHaveValue(' Wijkteam Noord ');
  });

  it('says at the name that an organisation of this kind has it already', async () => {
    const input = { name: 'Wijkteam Centrum', type: 'NEIGHBOURHOOD_TEAM' };
    await renderAsPlatformAdministrator([
      organisationsAnswer([WIJKTEAM_CENTRUM]),
      {
        request: { query: CreateOrganisationDocument, variables: { input } },
        result: { errors: [{ message: 'An organisation of this kind is called Wijkteam Centrum already.', extensions: { code: 'CONFLICT' } }] },
      },
    ]);
    fireEvent.change(screen.getByLabelText('Naam van de organisatie'), { target: { value: 'Wijkteam Centrum' } });
    fireEvent.change(screen.getByLabelText('Soort organisatie'), { target: { value: 'NEIGHBOURHOOD_TEAM' } });
    fireEvent.click(screen.getByRole('button', { name: 'Organisatie aanmaken' }));

    const name = screen.getByLabelText('Naam van de organisatie');
    await waitFor(() => expect(name).toHaveAccessibleDescription(expect.stringContaining('Er is al een organisatie van deze soort met deze naam.')));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
