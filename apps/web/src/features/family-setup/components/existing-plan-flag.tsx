import { Alert, Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { ExistingPlanContact } from '../../../shared/components/existing-plan-contact';
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
  return (
    <Alert type="warning" className="existing-plan-flag">
      <Heading level={3}>{t('existingPlan.title', { name })}</Heading>
      <Paragraph>{t(flag.matchedBy === 'BSN' ? 'existingPlan.byBsn' : 'existingPlan.byName', { name })}</Paragraph>
      <ExistingPlanContact
        plan={flag}
        request={{ label: t('existingPlan.ask'), subject: t('existingPlan.mailSubject'), body: t('existingPlan.mailBody') }}
      />
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
