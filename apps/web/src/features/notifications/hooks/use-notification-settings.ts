import { useMutation, useQuery } from '@apollo/client/react';
import {
  MarkNotificationReadDocument,
  MyNotificationsDocument,
  NotificationEmailFrequency,
  NotificationSettingsDocument,
  SetNotificationEmailDocument,
} from '../../../graphql/generated/graphql';

/** Checked every minute, so that the header shows news without a reload. */
const POLL_MS = 60_000;

export function useUnreadNotifications() {
  const { data } = useQuery(NotificationSettingsDocument, { pollInterval: POLL_MS, fetchPolicy: 'cache-and-network' });
  return data?.notificationSettings.unread ?? 0;
}

export function useNotificationsPage() {
  const list = useQuery(MyNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const settings = useQuery(NotificationSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries: [MyNotificationsDocument, NotificationSettingsDocument] });
  // The settings have no id: the answer replaces the cached settings by hand.
  const [setEmail, { loading: saving }] = useMutation(SetNotificationEmailDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: NotificationSettingsDocument, data: { notificationSettings: data.setNotificationEmail } });
    },
  });
  return {
    notifications: list.data?.myNotifications ?? [],
    loading: list.loading && !list.data,
    email: settings.data?.notificationSettings.email ?? null,
    saving,
    markRead: (id: string) => markRead({ variables: { id } }),
    setEmail: (email: NotificationEmailFrequency) => setEmail({ variables: { input: { email } } }),
  };
}
