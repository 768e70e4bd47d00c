import { Alert, Button, Heading, Link, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ExistingPlanFlag } from '../utils/existing-plans';

interface ExistingPlanFlagProps {
  /** The person as entered: "Sam Jansen". */
  name: string;
  flag: ExistingPlanFlag;
  /** Offered for a match by name and date of birth only: a BSN match is the same person. */
  onDifferentPerson?: () => void;
}

/**
 * One person already has a family with an active plan: one family, one plan.
 * Shown on the person, instead of starting: whom to ask to be involved. The
 * prepared e-mail names nobody (mail can be read by others).
 */
export function ExistingPlanFlagNotice({ name, flag, onDifferentPerson }: ExistingPlanFlagProps) {
  const { t } = useTranslation('familySetup');
  const request = `mailto:${flag.email}?subject=${encodeURIComponent(t('existingPlan.mailSubject'))}&body=${encodeURIComponent(t('existingPlan.mailBody'))}`;
  return (
    <Alert type="warning" className="existing-plan-flag">
      <Heading level={3}>{t('existingPlan.title', { name })}</Heading>
      <Paragraph>{t(flag.matchedBy === 'BSN' ? 'existingPlan.byBsn' : 'existingPlan.byName', { name })}</Paragraph>
      <dl className="plan-facts">
        <div className="plan-facts__row">
          <dt>{t('existingPlan.regisseur')}</dt>
          <dd>{flag.organisationName ? t('existingPlan.who', { name: flag.regisseurName, organisation: flag.organisationName }) : flag.regisseurName}</dd>
        </div>
        {flag.phone && (
          <div className="plan-facts__row">
            <dt>{t('existingPlan.phone')}</dt>
            <dd>
              <Link href={`tel:${flag.phone.replace(/[^\d+]/g, '')}`}>{flag.phone}</Link>
            </dd>
          </div>
        )}
        <div className="plan-facts__row">
          <dt>{t('existingPlan.email')}</dt>
          <dd>
            <Link href={`mailto:${flag.email}`}>{flag.email}</Link>
          </dd>
        </div>
      </dl>
      <Paragraph>
        <Link href={request}>{t('existingPlan.ask')}</Link>
      </Paragraph>
      {onDifferentPerson && flag.matchedBy === 'NAME_AND_DATE_OF_BIRTH' && (
        <Paragraph>
          <Button appearance="secondary-action-button" onClick={onDifferentPerson}>
            {t('existingPlan.differentPerson', { name })}
          </Button>
        </Paragraph>
      )}
    </Alert>
  );
}
