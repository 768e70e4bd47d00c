import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import {
  MarkNotificationReadDocument,
  MeDocument,
  MyNotificationsDocument,
  NotificationEmailFrequency,
  NotificationSettingsDocument,
  SetNotificationEmailDocument,
} from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { NotificationSettingsPage } from '../components/notification-settings-page';
import { NotificationsHeaderLink } from '../components/notifications-header-link';
import { NotificationsPage } from '../components/notifications-page';

const settings = (email: NotificationEmailFrequency, unread: number) => ({
  request: { query: NotificationSettingsDocument },
  result: { data: { notificationSettings: { __typename: 'NotificationSettings', email, unread } } },
});
const notification = (
  id: string,
  kind: string,
  familyName: string | null,
  readAt: string | null = null,
  message: string | null = null,
  settled: string | null = null,
) => ({
  __typename: 'Notification',
  id,
  kind,
  message,
  familyId: 'f1',
  familyName,
  settled,
  createdAt: '2026-12-04T08:00:00Z',
  readAt,
});
const notifications = (readAt: string | null) => ({
  request: { query: MyNotificationsDocument },
  result: {
    data: {
      myNotifications: [
        notification('n1', 'FAMILY_RESPONDED', 'Gezin Wolters', readAt),
        notification('n2', 'AGREEMENT_OVERDUE', 'Gezin Wolters', '2026-12-04T08:30:00Z'),
        notification('n3', 'INVITED', null, '2026-12-04T08:30:00Z'),
        notification('n4', 'SIGNAL_MATCH', null, '2026-12-04T08:30:00Z', 'Ook Wijkteam Oost heeft een signaal afgegeven.'),
        notification('n5', 'REGISSEUR_PROPOSED', 'Gezin Vos', '2026-12-04T08:30:00Z'),
        notification('n6', 'REGISSEUR_PROPOSED', 'Gezin Bos', '2026-12-04T08:30:00Z', null, 'WITHDRAWN'),
      ],
    },
  },
});

/** A family member: the notifications lead into the family portal. */
const motherSignedIn = {
  request: { query: MeDocument },
  result: { data: { me: { __typename: 'Viewer', id: 'a1', displayName: 'Mirjam Wolters', kind: 'FAMILY_MEMBER', organisation: null } } },
  maxUsageCount: 5,
};

describe('notifications', () => {
  it('shows the unread count in the header', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <NotificationsHeaderLink />
      </MemoryRouter>,
      { mocks: [settings('IMMEDIATELY', 3)] },
    );
    expect(await screen.findByRole('link', { name: 'Meldingen (3 nieuw)' })).toHaveAttribute('href', '/meldingen');
  });

  it('says what happened from the kind and the family, without naming a family it may not name yet, and marks it read', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <NotificationsPage />
      </MemoryRouter>,
      {
        mocks: [
          motherSignedIn,
          notifications(null),
          { request: { query: MarkNotificationReadDocument, variables: { id: 'n1' } }, result: { data: { markNotificationRead: true } } },
          notifications('2026-12-04T09:00:00Z'),
          settings('IMMEDIATELY', 0),
        ],
      },
    );
    expect(await screen.findByText('Het gezin heeft gereageerd in het plan van Gezin Wolters.')).toBeVisible();
    expect(screen.getByText('Een afspraak is over tijd in het plan van Gezin Wolters.')).toBeVisible();
    expect(screen.getByText(/Je ziet het gezin vanaf de startdatum van je taak/)).toBeVisible();
    expect(screen.getByText('Ook Wijkteam Oost heeft een signaal afgegeven.')).toBeVisible();
    // A proposal that still waits asks for an answer; a withdrawn one says so and asks nothing.
    expect(screen.getByText('Je bent voorgesteld als regisseur van het plan van Gezin Vos. Geef je akkoord of wijs het af.')).toBeVisible();
    expect(screen.getByText('Het voorstel om jou regisseur te maken van het plan van Gezin Bos is ingetrokken. Je hoeft niets te doen.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'E-mail over meldingen instellen' })).toHaveAttribute('href', '/meldingen/instellingen');
    // Into the family's plan, in the portal; not for the invitation that does not name its family yet.
    expect(await screen.findAllByRole('link', { name: 'Naar het plan van Gezin Wolters' })).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: 'Naar het plan van Gezin Wolters' })[0]).toHaveAttribute('href', '/ons-plan/f1');
    expect(screen.getByText('Nieuw:')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Gelezen' }));
    await waitFor(() => expect(screen.queryByText('Nieuw:')).toBeNull());
  });

  it('chooses a daily e-mail on the settings page, and says it is saved', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <NotificationSettingsPage />
      </MemoryRouter>,
      {
        mocks: [
          settings('IMMEDIATELY', 1),
          {
            request: { query: SetNotificationEmailDocument, variables: { input: { email: 'DAILY' } } },
            result: { data: { setNotificationEmail: { __typename: 'NotificationSettings', email: 'DAILY', unread: 1 } } },
          },
        ],
      },
    );
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Ja, meteen een e-mail' })).toBeChecked());
    const daily = screen.getByRole('radio', { name: 'Ja, één e-mail per dag met hoeveel nieuwe meldingen er zijn' });
    fireEvent.click(daily);
    await waitFor(() => expect(daily).toBeChecked());
    expect(await screen.findByRole('status')).toHaveTextContent('Opgeslagen.');
  });
});
