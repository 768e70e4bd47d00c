import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalFamilyPlanQuery } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { formatDate } from '../../../i18n/format-date';
import { ContactLinks } from '../../portal-shared/components/contact-links';
import { formatDay } from '../../portal-shared/utils/dates';

export type FamilyInvolvement = PortalFamilyPlanQuery['family']['involvements'][number];

interface InvolvementCardProps {
  involvement: FamilyInvolvement;
}

/** One organisation that helps the family: what they do, who it is, and how to reach them. */
export function InvolvementCard({ involvement }: InvolvementCardProps) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const ended = involvement.endedAt ?? null;
  return (
    <li className={`portal-card${involvement.isRegisseur ? ' portal-card--regisseur' : ''}`}>
      <Heading level={4}>
        {involvement.organisationName}
      </Heading>
      {involvement.isRegisseur && <Paragraph className="portal-tag">{t('whoHelps.regisseurTag')}</Paragraph>}
      <dl className="portal-facts">
        <div>
          <dt>{t('whoHelps.person')}</dt>
          <dd>
            {involvement.professionalName}
            {involvement.discipline && `, ${involvement.discipline}`}
          </dd>
        </div>
        <div>
          <dt>{ended ? t('whoHelps.taskEnded') : t('whoHelps.task')}</dt>
          {/* The task of someone else's care is theirs: the API leaves it out (docs/access-rules.md). */}
          <dd>{involvement.task ?? t('whoHelps.taskOfSomeoneElse')}</dd>
        </div>
        <div>
          <dt>{ended ? t('whoHelps.period') : t('whoHelps.since')}</dt>
          <dd>
            {ended
              ? t('whoHelps.periodValue', {
                  from: formatDay(involvement.startsOn, language),
                  until: formatDate(new Date(ended), language),
                })
              : formatDay(involvement.startsOn, language)}
          </dd>
        </div>
      </dl>
      {!ended && <ContactLinks phone={involvement.phone} email={involvement.email} />}
    </li>
  );
}
