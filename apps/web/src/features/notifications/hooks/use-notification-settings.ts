import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
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

export function useNotificationList() {
  const list = useQuery(MyNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries: [MyNotificationsDocument, NotificationSettingsDocument] });
  return {
    notifications: list.data?.myNotifications ?? [],
    loading: list.loading && !list.data,
    markRead: (id: string) => markRead({ variables: { id } }),
  };
}

export function useEmailFrequency() {
  const settings = useQuery(NotificationSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<'SAVED' | 'FAILED' | null>(null);
  // The settings have no id: the answer replaces the cached settings by hand.
  const [setEmail, { loading: saving }] = useMutation(SetNotificationEmailDocument, {
    update: (cache, { data }) => {
      if (data) cache.writeQuery({ query: NotificationSettingsDocument, data: { notificationSettings: data.setNotificationEmail } });
    },
  });
  return {
    email: settings.data?.notificationSettings.email ?? null,
    saving,
    outcome,
    setEmail: async (email: NotificationEmailFrequency) => {
      setOutcome(null);
      const unread = settings.data?.notificationSettings.unread ?? 0;
      // Shown chosen at once; a refusal puts the earlier choice back.
      const optimisticResponse = { setNotificationEmail: { __typename: 'NotificationSettings' as const, email, unread } };
      setOutcome(await setEmail({ variables: { input: { email } }, optimisticResponse }).then(
        () => 'SAVED' as const,
        () => 'FAILED' as const,
      ));
    },
  };
}
