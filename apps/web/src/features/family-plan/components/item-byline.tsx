import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FormattedMoment } from '../../../shared/components/formatted-date';
import { PartyName } from './party-name';
import { wasChanged } from '../../../shared/utils/version-to-change';

interface ItemBylineProps {
  item: PlanItemFieldsFragment;
}

/** Who wrote an item and when, and when it last changed. */
export function ItemByline({ item }: ItemBylineProps) {
  const { t } = useTranslation('familyPlan');
  const changed = item.updatedAt && wasChanged(item) ? item.updatedAt : null;
  return (
    <p className="plan-item__byline">
      {t('byline.written')} <PartyName party={item.author} />, <FormattedMoment at={item.createdAt} />
      {changed && (
        <>
          {' · '}
          {t('byline.changed')} <FormattedMoment at={changed} />
        </>
      )}
    </p>
  );
}
