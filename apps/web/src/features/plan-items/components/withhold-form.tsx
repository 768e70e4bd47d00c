import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useWithholdFromFamily } from '../hooks/use-withhold-from-family';
import { ReasonForm } from './reason-form';

interface WithholdFormProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** The regisseur hides an item from the family, only with a recorded reason that professionals see. */
export function WithholdForm({ item, onDone }: WithholdFormProps) {
  const { t } = useTranslation('planItems');
  const { withhold, withholding } = useWithholdFromFamily();
  return (
    <ReasonForm
      item={item}
      busy={withholding}
      texts={{
        explanation: t('withhold.explanation'),
        label: t('withhold.reasonLabel'),
        error: t('withhold.reasonError'),
        submit: t('withhold.submit'),
        submitAnyway: t('withhold.submitAnyway'),
      }}
      onSubmit={(version, reason) => withhold(item.id, version, reason)}
      onDone={onDone}
    />
  );
}
