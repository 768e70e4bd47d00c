import { Link } from '@rijkshuisstijl-community/components-react';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FamilyMemberFieldsFragment, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { FormattedDay, FormattedMoment } from '../../../shared/components/formatted-date';
import { namesOf } from '../../../shared/components/member-names';

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
        {involvement.isRegisseur && <span className="status-badge status-badge--regisseur">{t('regisseur')}</span>}
        {ended && <span className="status-badge status-badge--ended">{t('ended')}</span>}
        {isMine && <span className="status-badge status-badge--mine">{t('mine')}</span>}
      </p>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('facts.professional')}</dt>
          <dd>
            {involvement.professionalName}
            {involvement.discipline && `, ${involvement.discipline}`}
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('facts.task')}</dt>
          <dd>{involvement.task}</dd>
        </div>
        {involvement.memberIds.length > 0 && (
          <div className="plan-facts__row">
            <dt>{t('facts.concerns')}</dt>
            <dd>{namesOf(involvement.memberIds, members, language)}</dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('facts.contact')}</dt>
          <dd>
            <Link href={`mailto:${involvement.email}`}>{involvement.email}</Link>
            {involvement.phone && (
              <>
                {', '}
                <Link href={`tel:${involvement.phone}`}>{involvement.phone}</Link>
              </>
            )}
          </dd>
        </div>
        <div className="plan-facts__row">
          <dt>{t('facts.period')}</dt>
          <dd>
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
          </dd>
        </div>
        {involvement.endedReason && (
          <div className="plan-facts__row">
            <dt>{t('facts.endedReason')}</dt>
            <dd>{involvement.endedReason}</dd>
          </div>
        )}
      </dl>
      {children}
    </li>
  );
}
