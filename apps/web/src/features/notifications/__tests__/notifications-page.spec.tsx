import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import {
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  NotificationSettingsDocument,
  SetNotificationEmailDocument,
} from '../../../graphql/generated/graphql';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { NotificationsHeaderLink } from '../components/notifications-header-link';
import { NotificationsPage } from '../components/notifications-page';

const settings = (email: 'IMMEDIATELY' | 'OFF', unread: number) => ({
  request: { query: NotificationSettingsDocument },
  result: { data: { notificationSettings: { __typename: 'NotificationSettings', email, unread } } },
});
const notifications = (readAt: string | null) => ({
  request: { query: MyNotificationsDocument },
  result: {
    data: {
      myNotifications: [
        { __typename: 'Notification', id: 'n1', kind: 'FAMILY_RESPONDED', message: 'Het gezin heeft gereageerd in het plan van Gezin Wolters', createdAt: '2026-12-04T08:00:00Z', readAt },
      ],
    },
  },
});

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

  it('lists what happened, marks it read, and changes the e-mail setting', async () => {
    await renderWithProviders(
      <MemoryRouter>
        <NotificationsPage />
      </MemoryRouter>,
      {
        mocks: [
          notifications(null),
          settings('IMMEDIATELY', 1),
          { request: { query: MarkNotificationReadDocument, variables: { id: 'n1' } }, result: { data: { markNotificationRead: true } } },
          notifications('2026-12-04T09:00:00Z'),
          settings('IMMEDIATELY', 0),
          {
            request: { query: SetNotificationEmailDocument, variables: { input: { email: 'OFF' } } },
            result: { data: { setNotificationEmail: { __typename: 'NotificationSettings', email: 'OFF', unread: 0 } } },
          },
        ],
      },
    );
    expect(await screen.findByText('Het gezin heeft gereageerd in het plan van Gezin Wolters')).toBeVisible();
    expect(screen.getByText('Nieuw:')).toBeVisible();
    fireEvent.click(screen.getByRole('button', { name: 'Gelezen' }));
    await screen.findByText('Het gezin heeft gereageerd in het plan van Gezin Wolters');
    expect(await screen.findByRole('radio', { name: 'Ja, meteen een e-mail' })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: 'Nee, geen e-mail. Ik kijk zelf in Gezinsplan.' }));
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Nee, geen e-mail. Ik kijk zelf in Gezinsplan.' })).toBeChecked());
  });
});
