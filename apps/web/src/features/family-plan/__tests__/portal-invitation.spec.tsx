import { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { InviteToPortalDocument, ResendPortalInvitationDocument } from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { PortalInvitation } from '../components/portal-invitation';
import { PortalInvitee } from '../utils/portal-invitation';

const RONALD: PortalInvitee = { kind: 'member', id: 'member-ronald', name: 'Ronald Meijer', isChild: false, portalAccess: 'NONE' };
const LISANNE: PortalInvitee = { kind: 'member', id: 'member-lisanne', name: 'Lisanne Meijer', isChild: true, portalAccess: 'NONE' };
const OMA: PortalInvitee = { kind: 'network', id: 'network-oma', name: 'Oma Joke', email: 'joke@mail.example', portalAccess: 'NONE' };

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
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('E-mailadres van Ronald Meijer')));
    send(' ronald@mail.example ');
    expect(
      await screen.findByText(
        'Ronald Meijer krijgt een e-mail op ronald@mail.example met een link naar het portaal. De link is 7 dagen geldig.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: /Toegang geven/ })).toBeNull();
    // Invited, so the next thing the regisseur may need is a fresh link.
    expect(screen.getByText('Uitgenodigd voor het portaal. Ronald Meijer gebruikt het nog niet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Nieuwe link sturen: Ronald Meijer' })).toBeVisible();
  });

  it('starts from the e-mail address the network member already has in the plan', async () => {
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={OMA} />);
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Oma Joke' }));
    expect((screen.getByLabelText('E-mailadres van Oma Joke') as HTMLInputElement).value).toBe('joke@mail.example');
  });

  it('says when the person has a portal account (or an invitation) by now', async () => {
    const exists = inviteAnswering({
      errors: [{ message: 'This person already has a portal account.', extensions: { code: 'PORTAL_ACCOUNT_EXISTS' } }],
    });
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={RONALD} />, { mocks: [exists] });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
    send('ronald@mail.example');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Ronald Meijer heeft al een account voor het portaal. Laad de pagina opnieuw om te zien of Ronald Meijer het al gebruikt.');
    expect(screen.getByLabelText('E-mailadres van Ronald Meijer').getAttribute('aria-invalid')).not.toBe('true');
  });

  it('says who has an account already, and offers no invitation to them', async () => {
    const active = await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={{ ...RONALD, portalAccess: 'ACTIVE' }} />);
    expect(screen.getByText('Ronald Meijer heeft een account voor het portaal.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
    active.unmount();
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={{ ...OMA, portalAccess: 'DISABLED' }} />);
    expect(screen.getByText('Het account van Oma Joke voor het portaal is uitgeschakeld.')).toBeVisible();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('sends someone invited a new link, and says the earlier one stops working', async () => {
    const resent: MockLink.MockedResponse = {
      request: { query: ResendPortalInvitationDocument, variables: { input: { familyId: 'gezin-meijer', networkMemberId: 'network-oma' } } },
      result: { data: { resendPortalInvitation: true } },
    };
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={{ ...OMA, portalAccess: 'INVITED' }} />, { mocks: [resent] });
    expect(screen.getByText('Uitgenodigd voor het portaal. Oma Joke gebruikt het nog niet.')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe link sturen: Oma Joke' }));
    const message = await screen.findByText(
      'Oma Joke krijgt een nieuwe e-mail met een link naar het portaal. De nieuwe link is 7 dagen geldig. De vorige link werkt niet meer.',
    );
    expect(document.activeElement).toBe(message);
  });

  it('says the account changed when someone invited chose a password before the new link went out', async () => {
    const changed: MockLink.MockedResponse = {
      request: { query: ResendPortalInvitationDocument, variables: () => true },
      result: { errors: [{ message: 'This account is activated already.', extensions: { code: 'CONFLICT' } }] },
    };
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={{ ...RONALD, portalAccess: 'INVITED' }} />, { mocks: [changed] });
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe link sturen: Ronald Meijer' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Er is intussen iets veranderd aan het account van Ronald Meijer. Laad de pagina opnieuw.');
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

  it('marks an address the API refuses on the field, and says so above it when the person left the network', async () => {
    const refused = (field: string) =>
      inviteAnswering({ errors: [{ message: `${field}: refused`, extensions: { code: 'BAD_USER_INPUT', fields: [{ field, message: 'refused' }] } }] });
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={OMA} />, { mocks: [refused('input.email'), refused('networkMemberId')] });
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Oma Joke' }));
    send();
    const field = screen.getByLabelText('E-mailadres van Oma Joke');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')).toBeVisible();

    send();
    expect((await screen.findByRole('alert')).textContent).toBe('Deze persoon hoort niet (meer) bij het gezin. Laad de pagina opnieuw.');
  });

  it('checks the address before sending, and goes back to the button when cancelled', async () => {
    await renderWithProviders(<PortalInvitation familyId="gezin-meijer" invitee={RONALD} />);
    fireEvent.click(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
    send('ronald@');
    expect(await screen.findByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.')).toBeVisible();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('E-mailadres van Ronald Meijer')));
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Toegang geven tot het portaal: Ronald Meijer' }));
  });
});
