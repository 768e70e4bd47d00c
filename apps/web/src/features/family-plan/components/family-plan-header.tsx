import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyPlanQuery, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { isStalled } from '../utils/stagnation';
import { CoordinationLinks } from './coordination-links';

interface FamilyPlanHeaderProps {
  family: Pick<FamilyPlanQuery['family'], 'id' | 'name' | 'myRelation' | 'involvements' | 'lastPlanChangeAt'>;
  ownInvolvement: InvolvementFieldsFragment | undefined;
}

/** The family, the signed-in professional's part in it, who is regisseur, and whether the plan is moving. */
export function FamilyPlanHeader({ family, ownInvolvement }: FamilyPlanHeaderProps) {
  const { t } = useTranslation('familyPlan');
  const { t: tp } = useTranslation('planPrint');
  const isRegisseur = family.myRelation.isRegisseur;
  const regisseur = family.involvements.find((involvement) => involvement.isRegisseur && !involvement.endedAt);
  const stalled = isStalled(family.lastPlanChangeAt);
  return (
    <header className="family-plan-header">
      <Heading level={1}>{family.name}</Heading>
      <Paragraph purpose="lead">
        {isRegisseur
          ? t('header.youAreRegisseur')
          : ownInvolvement
            ? t('header.yourTask', { task: ownInvolvement.task })
            : t('header.noActiveTask')}
      </Paragraph>
      {!isRegisseur && regisseur && (
        <Paragraph>
          {t('header.regisseur', { name: regisseur.professionalName, organisation: regisseur.organisationName })}
        </Paragraph>
      )}
      <Paragraph>
        {t('header.lastChange')} <FormattedMoment at={family.lastPlanChangeAt} />
        {stalled && <strong className="family-plan-header__stalled"> {t('header.stalled')}</strong>}
      </Paragraph>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyPlanPrint, { familyId: family.id })}>{tp('actions.printPlan')}</RouterLink>
      </Paragraph>
      {isRegisseur && <CoordinationLinks familyId={family.id} />}
      {/* A certified institution's professional gives consent in the parents' place where a court put authority with it: on the consent page. */}
      {!isRegisseur && ownInvolvement?.organisationType === 'YOUTH_PROTECTION' && (
        <Paragraph>
          <RouterLink to={generatePath(PATHS.familyConsent, { familyId: family.id })}>
            {t('header.institutionConsent', { organisation: ownInvolvement.organisationName })}
          </RouterLink>
        </Paragraph>
      )}
    </header>
  );
}
