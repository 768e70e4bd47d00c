import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import {
  InvitableOrganisationsDocument,
  InvitableProfessionalsDocument,
  InviteInvolvementDocument,
} from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { InviteInvolvementForm } from '../components/invite-involvement-form';
import { meijer } from '../testing/involvements-fixture';

const FAMILY = meijer();

const organisations: MockLink.MockedResponse = {
  request: { query: InvitableOrganisationsDocument, variables: { familyId: FAMILY.id } },
  result: {
    data: {
      invitableOrganisations: [
        { __typename: 'Organisation', id: 'org-regenboog', name: 'Basisschool De Regenboog', type: 'SCHOOL' },
        { __typename: 'Organisation', id: 'org-thuis', name: 'Thuisbegeleiding Samen Sterk', type: 'HOME_SUPPORT' },
      ],
    },
  },
};

const professionals: MockLink.MockedResponse = {
  request: { query: InvitableProfessionalsDocument, variables: { familyId: FAMILY.id, organisationId: 'org-regenboog' } },
  result: {
    data: {
      invitableProfessionals: [
        { __typename: 'InvitableProfessional', id: 'acc-joris', displayName: 'Joris Bakker', discipline: 'leerkracht', email: 'joris.bakker@regenboog.example' },
        {
          __typename: 'InvitableProfessional',
          id: 'acc-marieke',
          displayName: 'Marieke de Vries',
          discipline: 'intern begeleider',
          email: 'Marieke.deVries@regenboog.example',
        },
      ],
    },
  },
};

const input = {
  familyId: FAMILY.id,
  professionalEmail: 'joris.bakker@regenboog.example',
  task: 'School: hoe het met Lisanne gaat in de klas',
  categories: ['SCHOOL'],
  memberIds: ['lisanne'],
};

function inviteAnswering(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: InviteInvolvementDocument, variables: { input } }, result };
}

async function fillIn(): Promise<void> {
  // A select takes only a value it offers: first the organisations, then that organisation's professionals.
  await screen.findByRole('option', { name: 'Basisschool De Regenboog' });
  fireEvent.change(screen.getByLabelText('Organisatie'), { target: { value: 'org-regenboog' } });
  await screen.findByRole('option', { name: 'Joris Bakker, leerkracht' });
  fireEvent.change(screen.getByLabelText('Professional'), { target: { value: 'joris.bakker@regenboog.example' } });
  fireEvent.change(screen.getByLabelText('Taak'), { target: { value: ` ${input.task} ` } });
  fireEvent.click(screen.getByRole('checkbox', { name: 'Lisanne Meijer' }));
  fireEvent.click(screen.getByRole('checkbox', { name: 'School' }));
  fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));
}

describe('inviting a professional into the family plan', () => {
  it('offers the chosen organisation’s professionals, not those involved already, and invites one for a task', async () => {
    const onInvited = jest.fn();
    await renderWithProviders(<InviteInvolvementForm family={FAMILY} onInvited={onInvited} />, {
      mocks: [organisations, professionals, inviteAnswering({ data: { inviteInvolvement: 'inv-joris' } })],
    });
    await screen.findByRole('option', { name: 'Thuisbegeleiding Samen Sterk' });
    fireEvent.change(screen.getByLabelText('Organisatie'), { target: { value: 'org-regenboog' } });
    const marieke = await screen.findByRole<HTMLOptionElement>('option', { name: 'Marieke de Vries, intern begeleider (al betrokken)' });
    expect(marieke.disabled).toBe(true);
    expect(screen.getByRole<HTMLOptionElement>('option', { name: 'Joris Bakker, leerkracht' }).disabled).toBe(false);

    await fillIn();
    await waitFor(() => expect(onInvited).toHaveBeenCalledWith({ involvementId: 'inv-joris', toldAfterwards: false }));
  });

  it('shows what is missing next to each field, with the focus on the first, and sends nothing', async () => {
    const onInvited = jest.fn();
    await renderWithProviders(<InviteInvolvementForm family={FAMILY} onInvited={onInvited} />, { mocks: [organisations] });
    fireEvent.change(screen.getByLabelText('Eindigt op (niet verplicht)'), { target: { value: '2000-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    const organisation = screen.getByLabelText('Organisatie');
    await waitFor(() => expect(document.activeElement).toBe(organisation));
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    for (const message of [
      'Kies een organisatie.',
      'Kies een professional.',
      'Beschrijf de taak.',
      'Kies minstens één gezinslid.',
      'Kies minstens één soort informatie.',
      'De einddatum ligt vóór het begin.',
    ]) {
      expect(screen.getByText(message)).toBeVisible();
    }
    expect(onInvited).not.toHaveBeenCalled();
  });

  it('says at the professional that they are involved already when the API finds so', async () => {
    const onInvited = jest.fn();
    const conflict = inviteAnswering({
      errors: [{ message: 'This professional is already involved with the family.', extensions: { code: 'CONFLICT' } }],
    });
    await renderWithProviders(<InviteInvolvementForm family={FAMILY} onInvited={onInvited} />, { mocks: [organisations, professionals, conflict] });
    await fillIn();

    const message = await screen.findByText('Deze professional is al betrokken bij het gezin.');
    const field = screen.getByLabelText('Professional');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(onInvited).not.toHaveBeenCalled();
  });

  it('keeps what was typed and says so when the API cannot be reached', async () => {
    const unavailable = inviteAnswering({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    await renderWithProviders(<InviteInvolvementForm family={FAMILY} onInvited={jest.fn()} />, { mocks: [organisations, professionals, unavailable] });
    await fillIn();

    expect((await screen.findByRole('alert')).textContent).toContain('Opslaan lukt nu niet door een storing.');
    expect((screen.getByLabelText('Taak') as HTMLTextAreaElement).value).toBe(` ${input.task} `);
  });
});
