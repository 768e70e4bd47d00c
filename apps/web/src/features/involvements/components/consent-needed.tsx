import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { FamilyInvolvementsQuery, InvolvementFieldsFragment } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { memberName, namesOf } from '../../../shared/components/member-names';
import { RouterLink } from '../../../shared/components/router-link';
import { PATHS } from '../../../shared/paths';
import { nobodyCanConsent, NobodyHoldsAuthority } from '../../../shared/components/nobody-holds-authority';
import { isProtectiveTask } from '../../legal-bases/utils/protective-task';
import { consentersOf, consentRuleText } from '../../consent/utils/consent-rule';

interface ConsentNeededProps {
  family: Pick<FamilyInvolvementsQuery['family'], 'id' | 'members' | 'consentRequirements' | 'involvements'>;
  involvement: InvolvementFieldsFragment;
}

/**
 * Before what others wrote about the family reaches a new involvement, the
 * people the brief names must consent, per member the task concerns (computed
 * by the API from the dates of birth); protective tasks may instead receive
 * information on a recorded legal basis.
 */
export function ConsentNeeded({ family, involvement }: ConsentNeededProps) {
  const { t } = useTranslation('involvements');
  const { t: tc } = useTranslation('consent');
  const { language } = useLanguage();
  const name = involvement.professionalName;
  return (
    <>
      <Heading level={3}>{t('consentNeeded.title')}</Heading>
      <Paragraph>{t('consentNeeded.intro', { name })}</Paragraph>
      <ul className="consent-needed">
        {involvement.memberIds.map((memberId) => {
          const member = family.members.find((candidate) => candidate.id === memberId);
          const requirement = family.consentRequirements.find((candidate) => candidate.memberId === memberId);
          if (!member || !requirement) return null;
          const ruleText = consentRuleText(requirement);
          const consenters = consentersOf(requirement, family.involvements, (ids) => namesOf(ids, family.members, language));
          return (
            <li key={memberId}>
              <strong>{memberName(member)}</strong>
              {': '}
              {ruleText ? tc(`requirements.rules.${ruleText}`) : requirement.rule}{' '}
              {tc('requirements.who')} <strong>{consenters || tc('requirements.nobody')}</strong>
              {nobodyCanConsent(requirement) && <NobodyHoldsAuthority name={memberName(member)} />}
            </li>
          );
        })}
      </ul>
      <Paragraph>
        <RouterLink to={generatePath(PATHS.familyConsent, { familyId: family.id })}>{t('consentNeeded.record')}</RouterLink>
      </Paragraph>
      {isProtectiveTask(involvement) && (
        <>
          <Paragraph>{t('consentNeeded.protective', { organisation: involvement.organisationName })}</Paragraph>
          <Paragraph>
            <RouterLink to={generatePath(PATHS.recordLegalBasis, { familyId: family.id, involvementId: involvement.id })}>
              {t('manage.recordLegalBasis', { name })}
            </RouterLink>
          </Paragraph>
        </>
      )}
    </>
  );
}
