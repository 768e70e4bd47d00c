import { Button } from '@rijkshuisstijl-community/components-react';
import { useTranslation } from 'react-i18next';
import { generatePath } from 'react-router-dom';
import { PATHS } from '../../../shared/paths';
import { RouterButtonLink } from '../../signals/components/router-button-link';

interface ConflictActionsProps {
  updating: boolean;
  onSaveMine: () => void;
  onStartFromTheirs: () => void;
}

/** Under someone else's newer version: save mine over it, or start again from theirs. */
export function ConflictActions({ updating, onSaveMine, onStartFromTheirs }: ConflictActionsProps) {
  const { t } = useTranslation('familySetup');
  return (
    <div className="page-form__actions">
      <Button type="button" appearance="primary-action-button" busy={updating} onClick={onSaveMine}>
        {t('conflict.saveMine')}
      </Button>
      <Button type="button" appearance="secondary-action-button" onClick={onStartFromTheirs}>
        {t('conflict.startFromTheirs')}
      </Button>
    </div>
  );
}

interface EditActionsProps {
  familyId: string;
  updating: boolean;
  submitLabel: string;
}

/** Save, or go back to the plan without saving. */
export function EditActions({ familyId, updating, submitLabel }: EditActionsProps) {
  const { t } = useTranslation('familySetup');
  return (
    <div className="page-form__actions">
      <Button type="submit" appearance="primary-action-button" busy={updating}>
        {updating ? t('saving') : submitLabel}
      </Button>
      <RouterButtonLink to={generatePath(PATHS.familyPlan, { familyId })} appearance="secondary-action-button">
        {t('cancel')}
      </RouterButtonLink>
    </div>
  );
}
