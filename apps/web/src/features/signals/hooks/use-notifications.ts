import { useMutation, useQuery } from '@apollo/client/react';
import { MarkNotificationReadDocument, MyNotificationsDocument } from '../../../graphql/generated/graphql';

/** My unread new matches, newest first; what happened in families is on the notifications page. */
export function useUnreadNotifications() {
  const { data, loading } = useQuery(MyNotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const unread = (data?.myNotifications ?? []).filter((notification) => !notification.readAt && notification.kind === 'SIGNAL_MATCH');
  return { unread, loading: loading && !data };
}

export function useMarkNotificationRead() {
  const [mutate, { loading }] = useMutation(MarkNotificationReadDocument);

  /** Resolves to whether it worked; a read notification leaves the list at once. */
  const markRead = async (id: string): Promise<boolean> => {
    try {
      await mutate({
        variables: { id },
        update: (cache) => {
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: () => new Date().toISOString() },
          });
        },
      });
      return true;
    } catch {
      return false;
    }
  };

  return { markRead, marking: loading };
}
