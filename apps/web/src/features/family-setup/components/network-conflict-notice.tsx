import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { CurrentNetworkMember } from '../hooks/use-update-network-member';
import { CorrectionConflictNotice } from './correction-conflict-notice';

interface NetworkConflictNoticeProps {
  current: CurrentNetworkMember;
}

/** A network member's details as someone else saved them meanwhile. */
export function NetworkConflictNotice({ current, children }: PropsWithChildren<NetworkConflictNoticeProps>) {
  const { t } = useTranslation('familySetup');
  const facts = [
    { label: t('conflict.name'), value: current.name },
    { label: t('conflict.relation'), value: current.relation },
    { label: t('conflict.phone'), value: current.phone ?? t('conflict.none') },
    { label: t('conflict.email'), value: current.email ?? t('conflict.none') },
  ];
  return (
    <CorrectionConflictNotice name={current.name} facts={facts}>
      {children}
    </CorrectionConflictNotice>
  );
}
