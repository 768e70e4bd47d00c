import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyInvolvementsQuery, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { isProtectiveTask } from '../../legal-bases/utils/protective-task';
import { ConsentNeeded } from './consent-needed';

interface InvitationOutcomeProps {
  family: FamilyInvolvementsQuery['family'];
  invited: InvolvementFieldsFragment;
  onInviteAnother: () => void;
}

/** Who is now involved, and what is needed before information about the family reaches them. */
export function InvitationOutcome({ family, invited, onInviteAnother }: InvitationOutcomeProps) {
  const { t } = useTranslation('involvements');
  const heading = useRef<HTMLHeadingElement>(null);
  const name = invited.professionalName;

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section aria-labelledby="uitgenodigd" className="invitation-outcome">
      <Heading level={2} id="uitgenodigd" ref={heading} tabIndex={-1}>
        {t('invited.title', { name })}
      </Heading>
      {/* A protective task is hidden from the family until it is told of a basis for it, which may be only afterwards. */}
      <Paragraph>
        {t(isProtectiveTask(invited) ? 'invited.accessProtective' : 'invited.access', { name, organisation: invited.organisationName })}
      </Paragraph>
      <ConsentNeeded family={family} involvement={invited} />
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyInvolvements, { familyId: family.id })}>{t('invited.toInvolvements')}</RouterLink>
      </Paragraph>
      <div className="plan-form__actions">
        <Button appearance="secondary-action-button" onClick={onInviteAnother}>
          {t('invited.inviteAnother')}
        </Button>
      </div>
    </section>
  );
}
