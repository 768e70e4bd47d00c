import { PropsWithChildren } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { ItemActions } from '../../plan-items/components/item-actions';
import { FamilyResponses } from './family-responses';
import { ItemByline } from './item-byline';
import { ChangedByOtherMark, ItemHistory } from './item-history';
import { itemTextId } from './item-text';
import { usePlanView } from './plan-view-context';
import { useAbout } from '../hooks/use-about';

interface PlanItemCardProps {
  item: PlanItemFieldsFragment;
  /** Overdue or not kept: marked so the regisseur sees it at a glance. */
  attention?: boolean;
}

/**
 * One item of the plan as a list entry: its content (the children), who wrote
 * it, whether someone else changed it and its earlier versions, whether the family may see it, the family's responses, and what the
 * signed-in professional may do with it. Links from the overview land on it.
 */
export function PlanItemCard({ item, attention = false, children }: PropsWithChildren<PlanItemCardProps>) {
  const { t } = useTranslation('familyPlan');
  const { editor, goals } = usePlanView();
  const about = useAbout();
  const names = { about, goal: (goalId: string) => goals.find((goal) => goal.id === goalId)?.text ?? null };
  return (
    <li id={`item-${item.id}`} tabIndex={-1} className={`divided-entry plan-item${attention ? ' plan-item--attention' : ''}`}>
      {children}
      <ItemByline item={item} />
      <ChangedByOtherMark item={item} />
      {item.withheldFromFamilyReason && (
        <p className="plan-item__withheld">
          <strong>{t('withheld.label')}</strong> {item.withheldFromFamilyReason}
        </p>
      )}
      <ItemHistory item={item} names={names} />
      <FamilyResponses item={item} />
      <ItemActions item={item} editor={editor} describedBy={itemTextId(item.id)} />
    </li>
  );
}
