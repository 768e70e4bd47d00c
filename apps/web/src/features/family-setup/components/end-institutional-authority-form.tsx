import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { EndInstitutionalAuthorityDocument, FamilyPeopleDocument } from '../../../graphql/generated/graphql';
import { formatDate } from '../../../i18n/format-date';
import { useLanguage } from '../../../i18n/use-language';
import { FormActions, KitForm, requiredDay, TextField, useConfirmStep, useKitForm } from '../../../shared/forms';

interface Authority {
  id: string;
  organisationName: string;
  startsOn: string;
}

/** The last day may not lie before the first: the API says the same, this says it sooner. */
function endingSchema(startsOn: string) {
  return z.object({ endsOn: requiredDay().refine((day) => day >= startsOn, { message: 'beforeStart' }) });
}

/**
 * Ending authority gives consent back to the parents from the next day, so it
 * takes two steps: the last day, then a confirmation saying what changes.
 * The API decides who may (the regisseur, or the institution's own professional).
 */
export function EndInstitutionalAuthorityForm({ authority, name, today }: { authority: Authority; name: string; today: string }) {
  const { t } = useTranslation('familySetup');
  const { language } = useLanguage();
  const [open, setOpen] = useState(false);
  const blank = { endsOn: today };
  const kit = useKitForm({ schema: endingSchema(authority.startsOn), defaultValues: blank });
  const step = useConfirmStep(kit, blank);
  const [end, { loading }] = useMutation(EndInstitutionalAuthorityDocument, { refetchQueries: [FamilyPeopleDocument], awaitRefetchQueries: true });
  const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), language);
  const institution = authority.organisationName;

  if (!open) {
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('institutionalAuthority.end.open')}
      </Button>
    );
  }
  const close = () => {
    step.back();
    setOpen(false);
  };
  if (step.checked) {
    const { endsOn } = step.checked;
    return (
      <div className="page-form">
        <Paragraph>{t('institutionalAuthority.end.confirmText', { name, institution, date: day(endsOn) })}</Paragraph>
        <div className="kit-form__actions">
          <Button
            appearance="primary-action-button"
            busy={loading}
            onClick={async () => {
              if (loading) return;
              try {
                await end({ variables: { input: { id: authority.id, endsOn } } });
              } catch (error) {
                step.rejected(error);
              }
            }}
          >
            {t('institutionalAuthority.end.confirm')}
          </Button>
          <Button appearance="secondary-action-button" onClick={step.back}>
            {t('institutionalAuthority.end.back')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <KitForm kit={kit} className="page-form" {...step.checkStep}>
      <TextField
        control={kit.form.control}
        name="endsOn"
        type="date"
        min={authority.startsOn}
        label={t('institutionalAuthority.end.endsOn')}
        description={t('institutionalAuthority.end.endsOnDescription', { name, institution })}
        errorMessage={{
          empty: t('institutionalAuthority.end.errors.endsOn'),
          invalid: t('institutionalAuthority.end.errors.invalid', { date: day(authority.startsOn) }),
          beforeStart: t('institutionalAuthority.end.errors.beforeStart', { date: day(authority.startsOn) }),
        }}
      />
      <FormActions submitLabel={t('institutionalAuthority.end.next')} busy={kit.form.formState.isSubmitting} onCancel={close} />
    </KitForm>
  );
}
