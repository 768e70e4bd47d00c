import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { FamilyConsentQuery } from '../../../graphql/generated/graphql';
import { useLanguage } from '../../../i18n/use-language';
import { namesOf } from '../../../shared/components/member-names';

/**
 * For a partner on the consent page: only the regisseur records consent, but a professional of
 * a certified institution that holds parental authority gives it on the institution's behalf,
 * on each consent the regisseur recorded. They are told that, and whom to ask.
 */
export function WhatYouCanDo({ family }: { family: FamilyConsentQuery['family'] }) {
  const { t } = useTranslation('consent');
  const { language } = useLanguage();
  const mine = family.involvements.find((involvement) => involvement.id === family.myRelation.involvementId);
  const regisseur = family.involvements.find((involvement) => involvement.isRegisseur && !involvement.endedAt)?.professionalName;
  const childIds = mine ? family.consentRequirements.filter((r) => r.requiredInstitutionId === mine.organisationId).map((r) => r.memberId) : [];
  if (!mine || childIds.length === 0 || !regisseur) return <Paragraph>{t('notRegisseur')}</Paragraph>;
  return (
    <>
      <Paragraph>
        {t('forInstitution.authority', { institution: mine.organisationName, names: namesOf(childIds, family.members, language) })}
      </Paragraph>
      <Paragraph>
        {t('forInstitution.how', { institution: mine.organisationName, regisseur })}
      </Paragraph>
    </>
  );
}
