import { Alert, Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/use-language';
import { formatDay } from '../../portal-shared/utils/dates';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { evaluationsNaming } from '../utils/evaluation-invitations';
import { useOurPlan } from './our-plan-context';

/**
 * Tells the person reading, in plain words, that an evaluation that names them
 * is coming: when, with whom, and that what they think counts. A young person
 * reads it first thing, not somewhere down the page.
 */
export function EvaluationInvitation({ evaluations }: { evaluations: readonly PortalPlanItem[] }) {
  const { t } = useTranslation('familyPortal');
  const { language } = useLanguage();
  const { memberId, regisseurName } = useOurPlan();
  const next = evaluationsNaming(memberId, evaluations, dutchToday())[0];
  if (!next?.dueOn) return null;
  const people = next.invitedProfessionals.map((professional) => professional.name);
  return (
    <Alert type="info" className="portal-evaluation-invitation">
      <Heading level={2}>{t('evaluationInvitation.title')}</Heading>
      <Paragraph>{t('evaluationInvitation.when', { date: formatDay(next.dueOn, language) })}</Paragraph>
      {people.length > 0 && <Paragraph>{t('evaluationInvitation.who', { names: people.join(', ') })}</Paragraph>}
      <Paragraph>{t('evaluationInvitation.yourSay')}</Paragraph>
      <Paragraph>
        {t('evaluationInvitation.questions', { regisseur: regisseurName ?? t('yourRegisseur') })}{' '}
        <Link href="#evaluaties">{t('evaluationInvitation.readMore')}</Link>
      </Paragraph>
    </Alert>
  );
}
