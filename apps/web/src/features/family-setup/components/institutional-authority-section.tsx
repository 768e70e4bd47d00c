import { Heading, Paragraph } from '@rijkshuisstijl-community/components-react';
import { dutchToday } from '@gezinsplan/domain';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FamilyPeopleDocument, FamilyPeopleQuery, RecordInstitutionalAuthorityDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { memberName } from '../../../shared/components/member-names';
import { FormActions, KitForm, reason, requiredDay, requiredText, SelectField, TextField, useKitForm } from '../../../shared/forms';
import { isMinorOn } from '../utils/institutional-authority';
import { EndInstitutionalAuthorityForm } from './end-institutional-authority-form';

type Family = FamilyPeopleQuery['family'];
type Member = Family['members'][number];

const authoritySchema = z.object({
  organisationId: z.string().min(1, reason('choose')),
  startsOn: requiredDay(),
  ruling: requiredText(200),
});

/**
 * On a minor's page: whether parental authority lies with a certified
 * institution, and for the regisseur the forms to record and end it (the API decides
 * who may and refuses what cannot be).
 */
export function InstitutionalAuthoritySection({ family, member }: { family: Family; member: Member }) {
  const { t } = useTranslation('familySetup');
  const { language } = useLanguage();
  const today = dutchToday();
  const name = memberName(member);
  const current = family.institutionalAuthorities.find(
    (a) => a.memberId === member.id && a.startsOn <= today && (!a.endsOn || today <= a.endsOn),
  );
  const institutions = family.involvements.filter((i) => i.organisationType === 'YOUTH_PROTECTION' && !i.endedAt);
  const organisations = [...new Map(institutions.map((i) => [i.organisationId, i.organisationName])).entries()];
  const [record] = useMutation(RecordInstitutionalAuthorityDocument, { refetchQueries: [FamilyPeopleDocument], awaitRefetchQueries: true });
  const kit = useKitForm({ schema: authoritySchema, defaultValues: { organisationId: organisations[0]?.[0] ?? '', startsOn: today, ruling: '' } });
  if (!member.dateOfBirth || !isMinorOn(member.dateOfBirth, today)) return null;
  return (
    <section aria-labelledby="institutional-authority">
      <Heading level={2} id="institutional-authority">
        {t('institutionalAuthority.title')}
      </Heading>
      {current ? (
        <>
          <Paragraph>
            {t('institutionalAuthority.current', {
              name,
              institution: current.organisationName,
              date: formatDate(new Date(`${current.startsOn}T12:00:00Z`), language),
              ruling: current.ruling,
            })}
          </Paragraph>
          {current.endsOn ? (
            <Paragraph role="status">
              {t('institutionalAuthority.end.ended', {
                name,
                institution: current.organisationName,
                date: formatDate(new Date(`${current.endsOn}T12:00:00Z`), language),
              })}
            </Paragraph>
          ) : (
            <EndInstitutionalAuthorityForm key={current.id} authority={current} name={name} today={today} />
          )}
        </>
      ) : organisations.length === 0 ? (
        <Paragraph>{t('institutionalAuthority.noInstitution', { name })}</Paragraph>
      ) : (
        <KitForm
          kit={kit}
          className="page-form"
          onSubmit={async (values) => {
            await record({ variables: { input: { familyId: family.id, memberId: member.id, ...values } } });
          }}
        >
          <Paragraph>{t('institutionalAuthority.intro', { name })}</Paragraph>
          <SelectField
            control={kit.form.control}
            name="organisationId"
            label={t('institutionalAuthority.organisation')}
            errorMessage={{ choose: t('institutionalAuthority.errors.organisation') }}
            options={organisations.map(([value, label]) => ({ value, label }))}
          />
          <TextField
            control={kit.form.control}
            name="startsOn"
            type="date"
            label={t('institutionalAuthority.startsOn')}
            errorMessage={{ empty: t('institutionalAuthority.errors.startsOn'), invalid: t('institutionalAuthority.errors.startsOn') }}
          />
          <TextField
            control={kit.form.control}
            name="ruling"
            label={t('institutionalAuthority.ruling')}
            description={t('institutionalAuthority.rulingDescription')}
            errorMessage={{ empty: t('institutionalAuthority.errors.ruling'), tooLong: t('institutionalAuthority.errors.rulingTooLong') }}
          />
          <FormActions submitLabel={t('institutionalAuthority.submit', { name })} busy={kit.form.formState.isSubmitting} />
        </KitForm>
      )}
    </section>
  );
}
