import { Link } from '@rijkshuisstijl-community/components-react';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyMemberFieldsFragment, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { namesOf } from '../../../shared/components/member-names';
import { ItemFacts } from '../../../shared/components/item-facts';

interface InvolvementCardProps {
  involvement: InvolvementFieldsFragment;
  members: readonly FamilyMemberFieldsFragment[];
  isMine: boolean;
  /** What the regisseur can do with it, under the facts. */
  children?: ReactNode;
}

/** One professional's task with the family: organisation, person, task, whom it concerns, contact, period. */
export function InvolvementCard({ involvement, members, isMine, children }: InvolvementCardProps) {
  const { t } = useTranslation('involvements');
  const { language } = useLanguage();
  const ended = Boolean(involvement.endedAt);
  return (
    <li className={`involvement${ended ? ' involvement--ended' : ''}${involvement.isRegisseur ? ' involvement--regisseur' : ''}`}>
      <p className="involvement__organisation">
        <strong>{involvement.organisationName}</strong>
        {involvement.isRegisseur && <span className="badge status-badge status-badge--regisseur">{t('regisseur')}</span>}
        {ended && <span className="badge status-badge status-badge--ended">{t('ended')}</span>}
        {isMine && <span className="badge status-badge status-badge--mine">{t('mine')}</span>}
      </p>
      <ItemFacts
        facts={[
          {
            label: t('facts.professional'),
            value: `${involvement.professionalName}${involvement.discipline ? `, ${involvement.discipline}` : ''}`,
          },
          { label: t('facts.task'), value: involvement.task ?? t('facts.taskNotShared') },
          involvement.memberIds.length > 0 && { label: t('facts.concerns'), value: namesOf(involvement.memberIds, members, language) },
          {
            label: t('facts.contact'),
            value: (
              <>
                <Link href={`mailto:${involvement.email}`}>{involvement.email}</Link>
                {involvement.phone && (
                  <>
                    {', '}
                    <Link href={`tel:${involvement.phone}`}>{involvement.phone}</Link>
                  </>
                )}
              </>
            ),
          },
          {
            label: t('facts.period'),
            value: (
              <>
                {t('since')} <FormattedDay day={involvement.startsOn} />
                {involvement.endsOn && !ended && (
                  <>
                    {` ${t('until')} `}
                    <FormattedDay day={involvement.endsOn} />
                  </>
                )}
                {involvement.endedAt && (
                  <>
                    {`, ${t('endedOn')} `}
                    <FormattedMoment at={involvement.endedAt} />
                  </>
                )}
              </>
            ),
          },
          involvement.endedReason && { label: t('facts.endedReason'), value: involvement.endedReason },
        ]}
      />
      {children}
    </li>
  );
}
