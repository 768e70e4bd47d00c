import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen } from '@testing-library/react';
import { InviteToPortalDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PortalInvitation } from '../components/portal-invitation';
import { PortalInvitee } from '../utils/portal-invitation';

const RONALD: PortalInvitee = { kind: 'member', id: 'member-ronald', name: 'Ronald Meijer', isChild: false };
const LISANNE: PortalInvitee = { kind: 'member', id: 'member-lisanne', name: 'Lisanne Meijer', isChild: true };
const OMA: PortalInvitee = { kind: 'network', id: 'network-oma', name: 'Oma Joke', email: 'joke@mail.example' };

function inviteAnswering(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: InviteToPortalDocument, variables: () => true }, result };
}

function send(email?: string): void {
  if (email !== undefined) fireEvent.change(screen.getByRole('textbox'), { target: { value: email } });
  fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
}

describe('giving a family or network member access to the portal', () => {
  it('sends the invitation and says where the e-mail goes', async () => {
    const invited: MockLink.MockedResponse = {
      request: {
        query: InviteToPortalDocument,
        variables: { input: { familyId: 'gezin-meijer', email: 'ronald@mail.example', memberId: 'member-ronald' } },
      },
      result: { data: { inviteToPortal: true } },
    };
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={RONALD} />, { mocks: [invited] });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
    expect(document.activeElement).toBe(screen.getByLabelText('E-mailadres van Ronald Meijer'));
    send(' ronald@mail.example ');
    expect(
      await screen.findByText(
        'Ronald Meijer krijgt een e-mail op ronald@mail.example met een link om een wachtwoord te kiezen. De link is 7 dagen geldig.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Toegang geven/ })).toBeNull();
  });

  it('starts from the e-mail address the network member already has in the plan', async () => {
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={OMA} />);
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Oma Joke' }));
    expect((screen.getByLabelText('E-mailadres van Oma Joke') as HTMLInputElement).value).toBe('joke@mail.example');
  });

  it('shows next to the field that the person has a portal account already', async () => {
    const conflict = inviteAnswering({
      errors: [{ message: 'This person already has a portal account.', extensions: { code: 'CONFLICT' } }],
    });
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={RONALD} />, { mocks: [conflict] });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
    send('ronald@mail.example');
    const message = await screen.findByText(
      'Ronald Meijer heeft al een account voor het portaal, of er is al een account met dit e-mailadres. Controleer het e-mailadres.',
    );
    const field = screen.getByLabelText('E-mailadres van Ronald Meijer');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
  });

  it('shows next to the field that children get their own account from 12', async () => {
    const tooYoung = inviteAnswering({
      errors: [
        {
          message: 'memberId: children get their own portal account from 12',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'memberId', message: 'children get their own portal account from 12' }] },
        },
      ],
    });
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={LISANNE} />, { mocks: [tooYoung] });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Lisanne Meijer' }));
    send('lisanne@mail.example');
    const message = await screen.findByText('Kinderen krijgen pas vanaf 12 jaar een eigen account voor het portaal.');
    expect(screen.getByLabelText('E-mailadres van Lisanne Meijer').getAttribute('aria-describedby')).toContain(message.id);
  });

  it('checks the address before sending, and goes back to the button when cancelled', async () => {
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={RONALD} />);
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
    send('ronald@');
    expect(screen.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
  });
});
