import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { RegisterSignalDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { RegisterSignalForm } from '../components/register-signal-form';
import { mariekesMatch } from '../testing/signal-fixture';

const input = {
  bsn: '999991104',
  givenName: 'Lisanne',
  familyName: 'Meijer',
  dateOfBirth: '2016-09-01',
  street: 'Kastanjelaan',
  houseNumber: '27',
  postcode: '3552 TK',
  city: 'Utrecht',
  parentBsns: [],
  domain: 'EDUCATION',
  contactPhone: '030 300 4455',
  notInformedReason: 'Het gesprek met moeder is volgende week.',
};

function fillIn(bsn = input.bsn): void {
  const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
  type('BSN', bsn);
  type('Voornaam', input.givenName);
  type('Achternaam', input.familyName);
  type('Geboortedatum', input.dateOfBirth);
  type('Straat', input.street);
  type('Huisnummer', input.houseNumber);
  type('Postcode', input.postcode);
  type('Woonplaats', input.city);
  fireEvent.click(screen.getByLabelText('Onderwijs'));
  type('Jouw telefoonnummer', input.contactPhone);
  fireEvent.click(screen.getByLabelText('Nog niet'));
  type('Waarom nog niet?', input.notInformedReason);
}

function answering(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: RegisterSignalDocument, variables: { input } }, result };
}

describe('registering a signal', () => {
  it('says on the page that a signal carries no content, and offers no field for it', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <RegisterSignalForm onRegistered={jest.fn()} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Schrijf niets over wat er aan de hand is')).toBeVisible();
    // The only text area asks why the family was not told yet, and only once "not yet" is chosen.
    expect(document.querySelectorAll('textarea')).toHaveLength(0);
  });

  it('shows what is missing next to each field, with the focus on the first', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <RegisterSignalForm onRegistered={jest.fn()} />
      </MemoryRouter>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Signaal afgeven' }));
    expect(await screen.findByText('Vul een BSN van 9 cijfers in.')).toBeVisible();
    expect(screen.getByText('Kies op welk gebied je je zorgen maakt.')).toBeVisible();
    expect(screen.getByText('Kies of je het de jongere of de ouders al hebt verteld.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('BSN')));
  });

  it('shows the API’s eleven-test rejection next to the BSN, in Dutch', async () => {
    const onRegistered = jest.fn();
    const mocks = [
      answering({
        errors: [
          {
            message: 'bsn: is not a valid BSN',
            extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'bsn', message: 'is not a valid BSN (it fails the eleven-test)' }] },
          },
        ],
      }),
    ];
    await renderWithProviders(
      <MemoryRouter>
        <RegisterSignalForm onRegistered={onRegistered} />
      </MemoryRouter>,
      { mocks },
    );
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Signaal afgeven' }));

    const message = await screen.findByText('Dit BSN bestaat niet: het voldoet niet aan de elfproef. Controleer het nummer.');
    const field = screen.getByLabelText('BSN');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(screen.queryByText(/eleven-test/)).toBeNull();
    expect(onRegistered).not.toHaveBeenCalled();
  });

  it('marks the parents’ BSNs as one question, with the focus on the first', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <RegisterSignalForm onRegistered={jest.fn()} />
      </MemoryRouter>,
    );
    fillIn();
    fireEvent.change(screen.getByLabelText('BSN ouder 2'), { target: { value: '1234' } });
    fireEvent.click(screen.getByRole('button', { name: 'Signaal afgeven' }));
    const message = await screen.findByText('Een BSN van een ouder klopt niet: het moet 9 cijfers hebben en voldoen aan de elfproef.');
    expect(screen.getByRole('group', { name: 'BSN van de ouders (niet verplicht)' }).getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('BSN ouder 1')));
  });

  it('shows the API’s “neither told nor why not” at the question when “not yet” was not chosen', async () => {
    const told = { ...input, informedAt: '2026-03-02T12:00:00.000Z' };
    delete (told as Partial<typeof input>).notInformedReason;
    const mocks = [
      {
        request: { query: RegisterSignalDocument, variables: { input: told } },
        result: {
          errors: [
            {
              message: 'notInformedReason: say when the family was told, or why not yet',
              extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'notInformedReason', message: 'say when, or why not' }] },
            },
          ],
        },
      },
    ];
    await renderWithProviders(
      <MemoryRouter>
        <RegisterSignalForm onRegistered={jest.fn()} />
      </MemoryRouter>,
      { mocks },
    );
    fillIn();
    fireEvent.click(screen.getByLabelText('Ja, ze zijn het verteld'));
    fireEvent.change(screen.getByLabelText('Verteld op'), { target: { value: '2026-03-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Signaal afgeven' }));
    expect(await screen.findByText('Kies of je het de jongere of de ouders al hebt verteld.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Ja, ze zijn het verteld')));
  });

  it('hands over the match once registered', async () => {
    const onRegistered = jest.fn();
    await renderWithProviders(
      <MemoryRouter>
        <RegisterSignalForm onRegistered={onRegistered} />
      </MemoryRouter>,
      { mocks: [answering({ data: { registerSignal: mariekesMatch } })] },
    );
    fillIn();
    fireEvent.click(screen.getByRole('button', { name: 'Signaal afgeven' }));
    await waitFor(() => expect(onRegistered).toHaveBeenCalledWith(expect.objectContaining({ isMatch: true })));
  });
});
