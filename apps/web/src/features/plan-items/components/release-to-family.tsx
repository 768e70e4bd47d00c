import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { useWithholdFromFamily } from '../hooks/use-withhold-from-family';
import { ImmediateChange } from './immediate-change';

interface ReleaseToFamilyProps {
  item: PlanItemFieldsFragment;
  onDone: (saved: boolean) => void;
}

/** The family sees a withheld item again: that needs no reason, so it is saved at once. */
export function ReleaseToFamily({ item, onDone }: ReleaseToFamilyProps) {
  const { t } = useTranslation('planItems');
  const { withhold, withholding } = useWithholdFromFamily();
  return (
    <ImmediateChange
      item={item}
      busy={withholding}
      save={(version) => withhold(item.id, version, null)}
      retryLabel={t('conflict.release')}
      onDone={onDone}
    />
  );
}
