import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { CreateFamilyDocument, PeopleInActivePlansDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { FamilyChangeNotice } from '../components/family-change-notice';
import { NewFamilyPlanForm } from '../components/new-family-plan-form';

const input = {
  name: 'Gezin Vos',
  members: [
    { givenName: 'Iris', familyName: 'Vos', dateOfBirth: '1987-04-04', role: 'PARENT', hasParentalAuthority: true, livesAtHome: true, differentPersonConfirmed: false },
    { givenName: 'Noor', familyName: 'Vos', dateOfBirth: '2016-09-01', role: 'CHILD', hasParentalAuthority: false, livesAtHome: true, differentPersonConfirmed: false },
  ],
  network: [{ name: 'Oma Truus', relation: 'oma', phone: '06-12345678', email: null }],
  regisseurTask: 'Regie en praktische hulp',
  regisseurCategories: ['GENERAL', 'SAFETY'],
};

const people: Array<{ givenName: string; familyName: string; dateOfBirth: string; bsn?: string }> = [
  { givenName: 'Iris', familyName: 'Vos', dateOfBirth: '1987-04-04' },
  { givenName: 'Noor', familyName: 'Vos', dateOfBirth: '2016-09-01' },
];

const plan = (matchedBy: 'BSN' | 'NAME_AND_DATE_OF_BIRTH') => ({
  __typename: 'ExistingPlan',
  matchedBy,
  regisseurName: 'Ruud Regisseur',
  organisationName: 'Wijkteam Noord',
  phone: '010-1234567',
  email: 'ruud@wijkteam.example',
});

/** `peopleInActivePlans` for the two members; `found` per member, null when not in an active plan. */
const check = (found: Array<ReturnType<typeof plan> | null> = [null, null], asked = people): MockLink.MockedResponse => ({
  request: { query: PeopleInActivePlansDocument, variables: { people: asked } },
  result: { data: { peopleInActivePlans: found } },
});

const create = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: CreateFamilyDocument, variables: { input } },
  result,
});

async function renderForm(mocks: MockLink.MockedResponse[] = []) {
  await renderWithProviders(
    <MemoryRouter initialEntries={['/gezinsplan-starten']}>
      <Routes>
        <Route path="/gezinsplan-starten" element={<NewFamilyPlanForm />} />
        <Route path="/gezinnen/:familyId" element={<FamilyChangeNotice />} />
      </Routes>
    </MemoryRouter>,
    { mocks },
  );
}

const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const person = (name: string) => screen.getByRole('group', { name });

async function fillInTheFamily() {
  type(document.body, 'Naam van het gezin', 'Gezin Vos');
  type(person('Gezinslid 1'), 'Voornaam', 'Iris');
  type(person('Gezinslid 1'), 'Achternaam', 'Vos');
  type(person('Gezinslid 1'), 'Geboortedatum', '1987-04-04');
  fireEvent.click(screen.getByRole('button', { name: 'Nog een gezinslid toevoegen' }));
  await waitFor(() => expect(document.activeElement).toBe(within(person('Gezinslid 2')).getByLabelText('Voornaam')));
  type(person('Gezinslid 2'), 'Voornaam', 'Noor');
  type(person('Gezinslid 2'), 'Geboortedatum', '2016-09-01');
  fireEvent.click(screen.getByRole('button', { name: 'Netwerklid toevoegen' }));
  type(person('Netwerklid 1'), 'Naam', 'Oma Truus');
  type(person('Netwerklid 1'), 'Wie is dit voor het gezin?', 'oma');
  type(person('Netwerklid 1'), 'Telefoonnummer (niet verplicht)', '06-12345678');
  type(document.body, 'Jouw taak bij dit gezin', 'Regie en praktische hulp');
}

describe('starting a new family plan', () => {
  it('shows each problem next to its field, and puts the focus on the first', async () => {
    await renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    const name = screen.getByLabelText('Naam van het gezin');
    await waitFor(() => expect(document.activeElement).toBe(name));
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Vul de naam van het gezin in.')).toBeVisible();
    expect(within(person('Gezinslid 1')).getByText('Vul de voornaam in.')).toBeVisible();
    expect(within(person('Gezinslid 1')).getByText('Vul de geboortedatum in.')).toBeVisible();
    expect(screen.getByText('Beschrijf je taak bij dit gezin.')).toBeVisible();
  });

  it('offers parental authority to parents and carers only, and a second member takes the family name', async () => {
    await renderForm();
    expect((within(person('Gezinslid 1')).getByLabelText('Heeft gezag', { exact: false }) as HTMLInputElement).checked).toBe(true);
    type(person('Gezinslid 1'), 'Achternaam', 'Vos');
    fireEvent.click(screen.getByRole('button', { name: 'Nog een gezinslid toevoegen' }));

    const second = person('Gezinslid 2');
    expect((within(second).getByLabelText('Achternaam') as HTMLInputElement).value).toBe('Vos');
    expect((within(second).getByLabelText('Rol in het gezin') as HTMLSelectElement).value).toBe('CHILD');
    expect(within(second).queryByLabelText('Heeft gezag', { exact: false })).toBeNull();
    fireEvent.change(within(second).getByLabelText('Rol in het gezin'), { target: { value: 'PARENT' } });
    expect((within(second).getByLabelText('Heeft gezag', { exact: false }) as HTMLInputElement).checked).toBe(false);
  });

  it('starts the plan with its members and network, then opens it and says who is regisseur', async () => {
    await renderForm([check(), create({ data: { createFamily: { __typename: 'Family', id: 'family-9', name: 'Gezin Vos' } } })]);
    await fillInTheFamily();
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    expect(
      await screen.findByText('Het gezinsplan is gestart. Jij bent de regisseur: het aanspreekpunt voor het gezin en voor alle betrokkenen.'),
    ).toBeVisible();
  });

  it('marks the person whose field the API rejected, by their place in the list', async () => {
    await renderForm([
      check(),
      create({
        errors: [
          {
            message: 'members.1.dateOfBirth: lies in the future',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'members.1.dateOfBirth', message: 'lies in the future' }] },
          },
        ],
      }),
    ]);
    await fillInTheFamily();
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    const date = within(person('Gezinslid 2')).getByLabelText('Geboortedatum');
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    await waitFor(() => expect(document.activeElement).toBe(date));
    expect(within(person('Gezinslid 1')).getByLabelText('Geboortedatum').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('checks the BSN before anything is sent: nine digits that pass the eleven-test', async () => {
    await renderForm();
    await fillInTheFamily();
    type(person('Gezinslid 2'), 'BSN (niet verplicht)', '123456789');
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    const bsn = within(person('Gezinslid 2')).getByLabelText('BSN (niet verplicht)', { exact: false });
    await waitFor(() => expect(bsn.getAttribute('aria-invalid')).toBe('true'));
    expect(within(person('Gezinslid 2')).getByText('Dit is geen geldig BSN. Een BSN heeft 9 cijfers. Kijk het nummer na.')).toBeVisible();
  });

  it('flags a child who already has a plan, with its regisseur, and starts nothing', async () => {
    // No createFamily mock: a start would fail the test with an unmatched request.
    await renderForm([check([null, plan('BSN')], [people[0], { ...people[1], bsn: '111222333' }])]);
    await fillInTheFamily();
    type(person('Gezinslid 2'), 'BSN (niet verplicht)', '111222333');
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    const flag = await within(person('Gezinslid 2')).findByRole('heading', { name: 'Noor Vos heeft al een gezinsplan' });
    const notice = flag.closest('.existing-plan-flag') as HTMLElement;
    expect(within(notice).getByText('Ruud Regisseur (Wijkteam Noord)')).toBeVisible();
    expect(within(notice).getByRole('link', { name: '010-1234567' }).getAttribute('href')).toBe('tel:0101234567');
    expect(within(notice).getByRole('link', { name: 'ruud@wijkteam.example' })).toBeVisible();
    expect(within(notice).getByRole('link', { name: 'Vraag de regisseur om je te betrekken' }).getAttribute('href')).toMatch(/^mailto:ruud@wijkteam\.example\?/);
    // A BSN match is the same person: no way around it.
    expect(within(notice).queryByRole('button', { name: /andere persoon/ })).toBeNull();
    expect(screen.getByText(/^Het gezinsplan is niet gestart./)).toBeVisible();
    expect(within(person('Gezinslid 1')).queryByRole('heading', { name: /heeft al een gezinsplan/ })).toBeNull();
  });

  it('lets the starter say a namesake is another person, and then starts with that confirmation', async () => {
    const confirmed = { ...input, members: [input.members[0], { ...input.members[1], differentPersonConfirmed: true }] };
    await renderForm([
      check([null, plan('NAME_AND_DATE_OF_BIRTH')]),
      check([null, plan('NAME_AND_DATE_OF_BIRTH')]),
      { request: { query: CreateFamilyDocument, variables: { input: confirmed } }, result: { data: { createFamily: { __typename: 'Family', id: 'family-9', name: 'Gezin Vos' } } } },
    ]);
    await fillInTheFamily();
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    await within(person('Gezinslid 2')).findByText(/Iemand met dezelfde naam en geboortedatum/);
    fireEvent.click(within(person('Gezinslid 2')).getByRole('button', { name: 'Dit is een andere persoon dan Noor Vos in dat plan' }));
    expect(within(person('Gezinslid 2')).queryByRole('heading', { name: /heeft al een gezinsplan/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    expect(
      await screen.findByText('Het gezinsplan is gestart. Jij bent de regisseur: het aanspreekpunt voor het gezin en voor alle betrokkenen.'),
    ).toBeVisible();
  });

  it('shows the same flag when the API refuses the start because a plan began in the meantime', async () => {
    await renderForm([
      check(),
      create({
        errors: [
          {
            message: 'Noor Vos (2016-09-01) is already in a family with an active plan.',
            extensions: {
              code: 'PERSON_HAS_PLAN',
              people: [{ field: 'members.1', givenName: 'Noor', familyName: 'Vos', dateOfBirth: '2016-09-01', ...plan('BSN') }],
            },
          },
        ],
      }),
    ]);
    await fillInTheFamily();
    fireEvent.click(screen.getByRole('button', { name: 'Gezinsplan starten' }));

    expect(await within(person('Gezinslid 2')).findByRole('heading', { name: 'Noor Vos heeft al een gezinsplan' })).toBeVisible();
    expect(within(person('Gezinslid 2')).getByText('Ruud Regisseur (Wijkteam Noord)')).toBeVisible();
  });
});
