import { useTranslation } from 'react-i18next';
import { FamilyConsentQuery } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { memberName, namesOf } from '../../../shared/components/member-names';
import { nobodyCanConsent, NobodyHoldsAuthority } from '../../../shared/components/nobody-holds-authority';
import { consentersOf, consentRuleText } from '../utils/consent-rule';

type Family = FamilyConsentQuery['family'];

interface ConsentRequirementsProps {
  family: Family;
}

/** For each member: which rule applies today (from the date of birth) and who must therefore consent, by name. */
export function ConsentRequirements({ family }: ConsentRequirementsProps) {
  const { t } = useTranslation('consent');
  const { language } = useLanguage();
  return (
    <ul className="bare-list consent-requirements">
      {family.consentRequirements.map((requirement) => {
        const member = family.members.find((candidate) => candidate.id === requirement.memberId);
        if (!member) return null;
        const ruleText = consentRuleText(requirement);
        const effective = family.consents.filter(
          (consent) => consent.subjectMemberId === member.id && consent.effective && consent.purpose === 'PLAN_EXCHANGE',
        ).length;
        return (
          <li key={requirement.memberId} className="divided-entry consent-requirement">
            <p>
              <strong>{memberName(member)}</strong>
              {member.age !== null && member.age !== undefined && `, ${t('requirements.age', { count: member.age })}`}
            </p>
            <p>{ruleText ? t(`requirements.rules.${ruleText}`) : requirement.rule}</p>
            <p>
              {t('requirements.who')}{' '}
              <strong>
                {consentersOf(requirement, family.involvements, (ids) => namesOf(ids, family.members, language)) || t('requirements.nobody')}
              </strong>
            </p>
            {nobodyCanConsent(requirement) && <NobodyHoldsAuthority name={memberName(member)} />}
            <p className={effective > 0 ? undefined : 'consent-requirement--none'}>
              {t('requirements.effective', { count: effective })}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
