import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { PortalFamilyPlanQuery } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { formatDate } from '../../../i18n/format-date';
import { ContactLinks } from '../../portal-shared/components/contact-links';
import { formatDay } from '../../portal-shared/utils/dates';
import { joinNames } from '../../../shared/components/member-names';
import { useOurPlan } from './our-plan-context';

export type FamilyInvolvement = PortalFamilyPlanQuery['family']['involvements'][number];

interface InvolvementCardProps {
  involvement: FamilyInvolvement;
}

/** One organisation that helps the family: what they do, who it is, and how to reach them. */
export function InvolvementCard({ involvement }: InvolvementCardProps) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { members } = useOurPlan();
  const ended = involvement.endedAt ?? null;
  const helped = members.filter((member) => involvement.memberIds.includes(member.id)).map((member) => member.givenName);
  return (
    <li className={`portal-card${involvement.isRegisseur ? ' portal-card--regisseur' : ''}`}>
      <Heading level={4}>
        {involvement.organisationName}
      </Heading>
      {involvement.isRegisseur && <Paragraph className="badge portal-tag">{t('whoHelps.regisseurTag')}</Paragraph>}
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
          {/* Whom they help is known to the family (domain.md, scenario 4); what with is that person's: the API leaves it out. */}
          <dd>{involvement.task ?? t('whoHelps.taskOfSomeoneElse', { names: joinNames(helped, language) })}</dd>
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
