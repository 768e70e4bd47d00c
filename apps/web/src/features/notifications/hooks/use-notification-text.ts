import { useTranslation } from 'react-i18next';
import { MyNotificationsQuery } from '../../../graphql/generated/graphql';

type Notification = MyNotificationsQuery['myNotifications'][number];

/** Kinds whose text is in the message files; a notification of another kind (a signal match) carries its own. */
const KINDS = [
  'FAMILY_RESPONDED',
  'INVITED',
  'BECAME_REGISSEUR',
  'AGREEMENT_CHANGED',
  'AGREEMENT_NOT_KEPT',
  'AGREEMENT_OVERDUE',
  'EVALUATION_PLANNED',
  'CONSENT_WITHDRAWN',
  'REGISSEUR_PROPOSED',
  'REGISSEUR_PROPOSAL_ACCEPTED',
  'REGISSEUR_PROPOSAL_DECLINED',
] as const;
type Kind = (typeof KINDS)[number];
const isKind = (kind: string): kind is Kind => (KINDS as readonly string[]).includes(kind);

const SETTLEMENTS = ['ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const;
const isSettlement = (settled: string | null | undefined): settled is (typeof SETTLEMENTS)[number] =>
  (SETTLEMENTS as readonly (string | null | undefined)[]).includes(settled);

/**
 * What a notification says, in the reader's language: the API stores a kind
 * and the family, the text is here. A family not named yet (an invitation
 * that starts later) gets its own sentence.
 */
export function useNotificationText(): (notification: Notification) => string {
  const { t } = useTranslation('notifications');
  return (notification) => {
    if (notification.message) return notification.message;
    if (!isKind(notification.kind)) return t('kinds.unknown');
    if (!notification.familyName) return t('kinds.familyNotNamed');
    // A proposal that no longer waits for an answer says how it ended, not "accept or decline".
    if (notification.kind === 'REGISSEUR_PROPOSED' && isSettlement(notification.settled)) {
      return t(`settled.${notification.settled}`, { family: notification.familyName });
    }
    return t(`kinds.${notification.kind}`, { family: notification.familyName });
  };
}
