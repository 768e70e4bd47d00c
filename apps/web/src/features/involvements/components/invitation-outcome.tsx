import { Button, Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyInvolvementsQuery, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { ConsentNeeded } from './consent-needed';

interface InvitationOutcomeProps {
  family: FamilyInvolvementsQuery['family'];
  invited: InvolvementFieldsFragment;
  /** The invitation carried a legal basis whose family is told afterwards. */
  toldAfterwards: boolean;
  onInviteAnother: () => void;
}

/** Who is now involved, and what is needed before information about the family reaches them. */
export function InvitationOutcome({ family, invited, toldAfterwards, onInviteAnother }: InvitationOutcomeProps) {
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
      {/* Told afterwards: the family does not see the involvement yet, and the legal basis stands in for consent. */}
      {toldAfterwards ? (
        <Paragraph>{t('invited.accessToldAfterwards', { name, organisation: invited.organisationName })}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('invited.access', { name, organisation: invited.organisationName })}</Paragraph>
          <ConsentNeeded family={family} involvement={invited} />
        </>
      )}
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
