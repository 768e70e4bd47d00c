import { Button } from '@rijkshuisstijl-community/components-react';
import { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { z } from 'zod';
import { KitForm, KitFormState, KitSchema } from '../../../shared/forms';
import { PATHS } from '../../../shared/paths';
import { RouterButtonLink } from '../../signals/components/router-button-link';
import { useVersionedEdit, VersionedEditOptions } from '../hooks/use-versioned-edit';

interface VersionedEditFormProps<S extends KitSchema, C extends { version: number }, R> extends VersionedEditOptions<S, C> {
  familyId: string;
  /** Saves the checked values over `expectedVersion`; `started`: what the edit started from. A refusal is thrown. */
  save: (expectedVersion: number, values: z.output<S>, started: z.input<S>) => Promise<R>;
  onSaved: (result: R) => void;
  /** Someone else's newer version, with the choices under it. */
  notice: (theirs: C, choices: ReactNode) => ReactNode;
  submitLabel: string;
  children: (form: KitFormState<S>['form']) => ReactNode;
}

/**
 * The regisseur corrects a person's details against the version they opened.
 * When someone else saved in the meantime, their details are shown and the
 * regisseur's own input stays, to save over theirs or to start again from them.
 */
export function VersionedEditForm<S extends KitSchema, C extends { version: number }, R>({
  familyId,
  save,
  onSaved,
  notice,
  submitLabel,
  children,
  ...options
}: VersionedEditFormProps<S, C, R>) {
  const { t } = useTranslation('familySetup');
  const { kit, version, started, theirs, theirsArrived, startFromTheirs } = useVersionedEdit(options);
  const busy = kit.form.formState.isSubmitting;
  return (
    <KitForm kit={kit} className="page-form" onSubmit={(values) => save(version, values, started)} onSaved={onSaved} onFailure={theirsArrived}>
      {theirs &&
        notice(
          theirs,
          <div className="page-form__actions">
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('conflict.saveMine')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={startFromTheirs}>
              {t('conflict.startFromTheirs')}
            </Button>
          </div>,
        )}
      {children(kit.form)}
      {!theirs && (
        <div className="page-form__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {busy ? t('saving') : submitLabel}
          </Button>
          <RouterButtonLink to={generatePath(PATHS.familyPlan, { familyId })} appearance="secondary-action-button">
            {t('cancel')}
          </RouterButtonLink>
        </div>
      )}
    </KitForm>
  );
}
