import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { memberName } from '../../../shared/components/member-names';
import { CurrentMember } from '../hooks/use-update-family-member';
import { CorrectionConflictNotice } from './correction-conflict-notice';

interface MemberConflictNoticeProps {
  current: CurrentMember;
}

/** A family member's details as someone else saved them meanwhile. */
export function MemberConflictNotice({ current, children }: PropsWithChildren<MemberConflictNoticeProps>) {
  const { t } = useTranslation('familySetup');
  const yesNo = (value: boolean) => t(value ? 'conflict.yes' : 'conflict.no');
  const facts = [
    { label: t('conflict.name'), value: memberName(current) },
    { label: t('member.dateOfBirth.label'), value: current.dateOfBirth ? <FormattedDay day={current.dateOfBirth} /> : null },
    { label: t('member.role.label'), value: t(`member.role.options.${current.role}`) },
    { label: t('conflict.authority'), value: yesNo(current.hasParentalAuthority) },
    { label: t('member.livesAtHome.label'), value: yesNo(current.livesAtHome) },
  ];
  return (
    <CorrectionConflictNotice name={memberName(current)} facts={facts}>
      {children}
    </CorrectionConflictNotice>
  );
}
