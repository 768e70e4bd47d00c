import { Alert, Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { FormattedDay } from '../../../shared/components/formatted-date';
import { memberName } from '../../../shared/components/member-names';
import { ItemFacts } from '../../../shared/components/item-facts';
import { CurrentMember } from '../hooks/use-update-family-member';

interface MemberConflictNoticeProps {
  current: CurrentMember;
}

/**
 * Someone corrected this member while the regisseur was working on it. Their
 * details are shown as they are now; nothing was overwritten, and the
 * regisseur decides (the children: the form's choices) what happens next.
 */
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
    <Alert type="warning" role="alert">
      <Paragraph>
        <strong>{t('conflict.title', { name: memberName(current) })}</strong>
      </Paragraph>
      <Paragraph>{t('conflict.message')}</Paragraph>
      <ItemFacts facts={facts} />
      {children}
    </Alert>
  );
}
