import { dutchToday } from '@gezinsplan/domain';
import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import {
  AddFamilyMemberDocument,
  AddNetworkMemberDocument,
  EndInstitutionalAuthorityDocument,
  FamilyPeopleDocument,
  FamilyPeopleQuery,
  NetworkMemberHistoryDocument,
  RecordInstitutionalAuthorityDocument,
  UpdateFamilyMemberDocument,
  UpdateNetworkMemberDocument,
} from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { member } from '../../family-plan/testing/plan-item-fixture';
import { AddMemberPage } from '../components/add-member-page';
import { AddNetworkMemberPage } from '../components/add-network-member-page';
import { EditMemberPage } from '../components/edit-member-page';
import { EditNetworkMemberPage } from '../components/edit-network-member-page';
import { FamilyChangeNotice } from '../components/family-change-notice';

const bram = { ...member('bram', 'Bram', 'Vos', { role: 'PARENT', age: 41, dateOfBirth: '1985-08-15', livesAtHome: false }), version: 1 };
const ria = { __typename: 'NetworkMember' as const, id: 'ria', name: 'Ria de Wit', relation: 'oma', phone: '06 1234 5678', email: null, version: 1 };
const iris = { ...member('iris', 'Iris', 'Vos', { role: 'PARENT', age: 38, dateOfBirth: '1987-04-04', hasParentalAuthority: true }), version: 1 };

const sem = {
  ...member('sem', 'Sem', 'Vos', { role: 'OTHER_HOUSEHOLD_MEMBER', age: 13, dateOfBirth: `${new Date().getFullYear() - 13}-01-01` }),
  version: 1,
};

const jeugdbescherming = {
  __typename: 'Involvement' as const,
  id: 'jb-involvement',
  organisationId: 'jb',
  organisationName: 'Jeugdbescherming Regio',
  organisationType: 'YOUTH_PROTECTION',
  endedAt: null,
};
type Authority = FamilyPeopleQuery['family']['institutionalAuthorities'][number];

function people(isRegisseur: boolean, members = [iris, bram], involvements = [jeugdbescherming], institutionalAuthorities: Authority[] = [], network = [ria]): MockLink.MockedResponse {
  const family: FamilyPeopleQuery['family'] = {
    __typename: 'Family',
    id: 'family-1',
    name: 'Gezin Vos',
    myRelation: { __typename: 'MyRelation', type: 'PROFESSIONAL', isRegisseur },
    members,
    involvements,
    institutionalAuthorities,
    network,
  };
  return { request: { query: FamilyPeopleDocument, variables: { id: 'family-1' } }, result: { data: { family } } };
}

async function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  await renderWithProviders(
    <MemoryRouter initialEntries={[path]}>
      <Routes>
        <Route path="/gezinnen/:familyId/gezinslid-toevoegen" element={<AddMemberPage />} />
        <Route path="/gezinnen/:familyId/netwerklid-toevoegen" element={<AddNetworkMemberPage />} />
        <Route path="/gezinnen/:familyId/gezinsleden/:memberId/wijzigen" element={<EditMemberPage />} />
        <Route path="/gezinnen/:familyId/netwerk/:networkMemberId/wijzigen" element={<EditNetworkMemberPage />} />
        <Route path="/gezinnen/:familyId" element={<FamilyChangeNotice />} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the regisseur’s pages for the family’s people', () => {
  it('adds a child with the family’s name, and the plan then says so', async () => {
    const add: MockLink.MockedResponse = {
      request: {
        query: AddFamilyMemberDocument,
        variables: {
          input: { familyId: 'family-1', givenName: 'Noor', familyName: 'Vos', dateOfBirth: '2016-09-01', role: 'CHILD', hasParentalAuthority: false, livesAtHome: true },
        },
      },
      result: { data: { addFamilyMember: 'noor' } },
    };
    await renderAt('/gezinnen/family-1/gezinslid-toevoegen', [people(true), add]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Gezinslid toevoegen aan Gezin Vos' })).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Voornaam')));
    expect((screen.getByLabelText('Achternaam') as HTMLInputElement).value).toBe('Vos');

    type('Voornaam', 'Noor');
    type('Geboortedatum', '2016-09-01');
    fireEvent.click(screen.getByRole('button', { name: 'Gezinslid toevoegen' }));
    expect(await screen.findByText('Noor Vos is toegevoegd aan het gezin.')).toBeVisible();
  });

  it('adds a network member and checks an e-mail address only when one is given', async () => {
    const add: MockLink.MockedResponse = {
      request: {
        query: AddNetworkMemberDocument,
        variables: { input: { familyId: 'family-1', name: 'Oma Truus', relation: 'oma', phone: null, email: 'truus@voorbeeld.nl' } },
      },
      result: { data: { addNetworkMember: 'truus' } },
    };
    await renderAt('/gezinnen/family-1/netwerklid-toevoegen', [people(true), add]);
    await screen.findByRole('heading', { level: 1, name: 'Netwerklid toevoegen aan Gezin Vos' });
    type('Naam', 'Oma Truus');
    type('Wie is dit voor het gezin?', 'oma');
    type('E-mailadres (niet verplicht)', 'truus@');
    fireEvent.click(screen.getByRole('button', { name: 'Netwerklid toevoegen' }));
    const email = screen.getByLabelText('E-mailadres (niet verplicht)');
    await waitFor(() => expect(document.activeElement).toBe(email));
    expect(screen.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')).toBeVisible();

    type('E-mailadres (niet verplicht)', 'truus@voorbeeld.nl');
    fireEvent.click(screen.getByRole('button', { name: 'Netwerklid toevoegen' }));
    expect(await screen.findByText('Oma Truus is toegevoegd aan het netwerk.')).toBeVisible();
  });

  it('says on a minor’s page that nobody in the plan holds authority over them, and what to do', async () => {
    const nobody = 'Niemand in dit plan heeft gezag over Sem Vos: leg vast wie het gezag heeft, of gebruik een wettelijke grondslag.';
    await renderAt('/gezinnen/family-1/gezinsleden/sem/wijzigen', [people(true, [bram, sem])]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Sem Vos wijzigen' });
    expect(screen.getByText(nobody, { exact: false })).toBeVisible();
  });

  it('says nothing of authority on the page of a minor whose parent holds it', async () => {
    await renderAt('/gezinnen/family-1/gezinsleden/sem/wijzigen', [people(true, [iris, sem])]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Sem Vos wijzigen' });
    expect(screen.queryByText(/Niemand in dit plan heeft gezag/)).toBeNull();
  });

  it('records that authority over a minor lies with a certified institution involved in the family', async () => {
    const startsOn = dutchToday();
    const recorded: Authority = {
      __typename: 'InstitutionalAuthority',
      id: 'ruling',
      memberId: 'sem',
      organisationId: 'jb',
      organisationName: 'Jeugdbescherming Regio',
      startsOn: '2025-01-01',
      endsOn: null,
      ruling: 'C/16/123456',
    };
    const record: MockLink.MockedResponse = {
      request: {
        query: RecordInstitutionalAuthorityDocument,
        variables: { input: { familyId: 'family-1', memberId: 'sem', organisationId: 'jb', startsOn, ruling: 'C/16/123456' } },
      },
      result: { data: { recordInstitutionalAuthority: recorded } },
    };
    await renderAt('/gezinnen/family-1/gezinsleden/sem/wijzigen', [
      people(true, [bram, sem]),
      record,
      people(true, [bram, sem], [jeugdbescherming], [recorded]),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Sem Vos wijzigen' });
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen: het gezag over Sem Vos ligt bij deze instelling' }));
    expect(await screen.findByText('Vul de uitspraak in.')).toBeVisible();

    type('Uitspraak', 'C/16/123456');
    fireEvent.click(screen.getByRole('button', { name: 'Vastleggen: het gezag over Sem Vos ligt bij deze instelling' }));
    expect(await screen.findByText(/Het gezag over Sem Vos ligt bij Jeugdbescherming Regio/)).toBeVisible();
    expect(screen.queryByText(/Niemand in dit plan heeft gezag/)).toBeNull();
  });

  it('ends authority with its last day, after a confirmation; a day the API refuses is marked at the field', async () => {
    const held: Authority = {
      __typename: 'InstitutionalAuthority',
      id: 'ruling',
      memberId: 'sem',
      organisationId: 'jb',
      organisationName: 'Jeugdbescherming Regio',
      startsOn: '2025-01-01',
      endsOn: null,
      ruling: 'C/16/123456',
    };
    const today = dutchToday();
    const ending = (endsOn: string) => ({ query: EndInstitutionalAuthorityDocument, variables: { input: { id: 'ruling', endsOn } } });
    const refused: MockLink.MockedResponse = {
      request: ending(today),
      result: { errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'input.endsOn', message: 'lies before the start' }] } }] },
    };
    const ended: MockLink.MockedResponse = { request: ending(today), result: { data: { endInstitutionalAuthority: { ...held, endsOn: today } } } };
    await renderAt('/gezinnen/family-1/gezinsleden/sem/wijzigen', [
      people(true, [bram, sem], [jeugdbescherming], [held]),
      refused,
      ended,
      people(true, [bram, sem], [jeugdbescherming], [{ ...held, endsOn: today }]),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Gezag beëindigen' }));

    type('Laatste dag van het gezag', '');
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText('Vul de laatste dag in.')).toBeVisible();
    type('Laatste dag van het gezag', '2024-12-31');
    expect(await screen.findByText(/De laatste dag kan niet vóór het begin liggen/)).toBeVisible();
    type('Laatste dag van het gezag', today);
    await waitFor(() => expect(screen.queryByText(/De laatste dag kan niet/)).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    expect(await screen.findByText(/Het gezag van Jeugdbescherming Regio over Sem Vos eindigt na/)).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Ja, gezag beëindigen' }));
    expect(await screen.findByText(/Deze dag kan niet. Kies een dag op of na het begin/)).toBeVisible();

    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ja, gezag beëindigen' }));
    expect(await screen.findByText(/Het gezag van Jeugdbescherming Regio over Sem Vos is beëindigd/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Gezag beëindigen' })).toBeNull();
  });

  it('offers nothing to change to a professional who is not the regisseur', async () => {
    await renderAt('/gezinnen/family-1/gezinsleden/bram/wijzigen', [people(false)]);
    expect(await screen.findByText(/Alleen de regisseur van dit gezin voegt mensen toe/)).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('corrects parental authority over someone else’s newer version only when asked, then points to consent', async () => {
    const corrected = { givenName: 'Bram', familyName: 'Vos', dateOfBirth: '1985-08-15', role: 'PARENT', hasParentalAuthority: true, livesAtHome: false };
    const theirs = { ...bram, livesAtHome: true, version: 2 };
    const stale: MockLink.MockedResponse = {
      request: { query: UpdateFamilyMemberDocument, variables: { input: { id: 'bram', expectedVersion: 1, ...corrected } } },
      result: { errors: [{ message: 'Someone else corrected this family member', extensions: { code: 'CONFLICT', current: theirs } }] },
    };
    const saved: MockLink.MockedResponse = {
      request: { query: UpdateFamilyMemberDocument, variables: { input: { id: 'bram', expectedVersion: 2, ...corrected } } },
      result: { data: { updateFamilyMember: { ...bram, hasParentalAuthority: true, version: 3 } } },
    };
    await renderAt('/gezinnen/family-1/gezinsleden/bram/wijzigen', [people(true), stale, saved]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Bram Vos wijzigen' });
    expect(screen.getByText(/geboortedatum, rol en gezag bepalen wie toestemming moet geven/)).toBeVisible();

    fireEvent.click(screen.getByLabelText('Heeft gezag', { exact: false }));
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Iemand anders heeft de gegevens van Bram Vos intussen gewijzigd.');
    expect(within(notice).getByText('Woont thuis').nextSibling?.textContent).toBe('ja');
    expect((screen.getByLabelText('Heeft gezag', { exact: false }) as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(notice).getByRole('button', { name: 'Mijn wijziging toch opslaan' }));
    expect(await screen.findByText('De gegevens van Bram Vos zijn opgeslagen.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'naar Toestemming' }).getAttribute('href')).toBe('/gezinnen/family-1/toestemming');
  });

  it('gives a network member a new phone number; over someone else’s newer version only when asked', async () => {
    const corrected = { name: 'Ria de Wit', relation: 'oma', phone: '06 8765 4321', email: null };
    const theirs = { ...ria, email: 'ria@voorbeeld.nl', version: 2 };
    const stale: MockLink.MockedResponse = {
      request: { query: UpdateNetworkMemberDocument, variables: { input: { id: 'ria', expectedVersion: 1, ...corrected } } },
      result: { errors: [{ message: 'Someone else corrected this network member', extensions: { code: 'CONFLICT', current: theirs } }] },
    };
    const saved: MockLink.MockedResponse = {
      request: { query: UpdateNetworkMemberDocument, variables: { input: { id: 'ria', expectedVersion: 2, ...corrected } } },
      result: { data: { updateNetworkMember: { ...ria, phone: corrected.phone, version: 3 } } },
    };
    await renderAt('/gezinnen/family-1/netwerk/ria/wijzigen', [people(true), stale, saved]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Ria de Wit wijzigen' });
    expect((screen.getByLabelText('Telefoonnummer (niet verplicht)') as HTMLInputElement).value).toBe('06 1234 5678');

    type('Telefoonnummer (niet verplicht)', '06 8765 4321');
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('Iemand anders heeft de gegevens van Ria de Wit intussen gewijzigd.');
    expect(within(notice).getByText('E-mailadres').nextSibling?.textContent).toBe('ria@voorbeeld.nl');
    expect((screen.getByLabelText('Telefoonnummer (niet verplicht)') as HTMLInputElement).value).toBe('06 8765 4321');

    fireEvent.click(within(notice).getByRole('button', { name: 'Mijn wijziging toch opslaan' }));
    expect(await screen.findByText('De gegevens van Ria de Wit zijn opgeslagen.')).toBeVisible();
  });

  it('shows the earlier details folded, loads them only when unfolded, and names who replaced them', async () => {
    const corrected = { ...ria, phone: '06 8765 4321', version: 2 };
    const history: MockLink.MockedResponse = {
      request: { query: NetworkMemberHistoryDocument, variables: { networkMemberId: 'ria' } },
      result: {
        data: {
          networkMember: {
            __typename: 'NetworkMember',
            id: 'ria',
            history: [
              {
                __typename: 'NetworkMemberVersion',
                version: 1,
                name: 'Ria de Wit',
                relation: 'oma',
                phone: '06 1234 5678',
                email: null,
                replacedAt: '2026-11-03T09:15:00.000Z',
                replacedBy: { __typename: 'Party', type: 'INVOLVEMENT', id: 'wijkteam', name: 'Esra Yilmaz', organisationName: 'Wijkteam Oost' },
              },
            ],
          },
        },
      },
    };
    await renderAt('/gezinnen/family-1/netwerk/ria/wijzigen', [people(true, [iris, bram], [jeugdbescherming], [], [corrected]), history]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Ria de Wit wijzigen' });
    const fold = screen.getByText('Eerdere gegevens').closest('details') as HTMLDetailsElement;
    expect(fold.open).toBe(false);
    expect(within(fold).queryByText('06 1234 5678')).toBeNull();

    fireEvent.click(screen.getByText('Eerdere gegevens'));
    expect(await within(fold).findByText('06 1234 5678')).toBeInTheDocument();
    expect(fold.textContent).toContain('Vervangen door Esra Yilmaz (Wijkteam Oost)');
    // The form's own words, and an empty detail said as empty rather than left out.
    expect(within(fold).getByText('Telefoonnummer').nextSibling?.textContent).toBe('06 1234 5678');
    expect(within(fold).getByText('Wie is dit voor het gezin?').nextSibling?.textContent).toBe('oma');
    expect(within(fold).getByText('E-mailadres').nextSibling?.textContent).toBe('geen');
  });

  it('offers no earlier details for a network member never corrected', async () => {
    await renderAt('/gezinnen/family-1/netwerk/ria/wijzigen', [people(true)]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Ria de Wit wijzigen' });
    expect(screen.queryByText('Eerdere gegevens')).toBeNull();
  });

  it('says which field cannot be saved before asking the server', async () => {
    await renderAt('/gezinnen/family-1/netwerk/ria/wijzigen', [people(true)]);
    await screen.findByRole('heading', { level: 1, name: 'Gegevens van Ria de Wit wijzigen' });
    type('Wie is dit voor het gezin?', ' ');
    fireEvent.click(screen.getByRole('button', { name: 'Wijziging opslaan' }));
    expect(await screen.findByText('Schrijf op wie dit voor het gezin is.')).toBeVisible();
  });
});
