import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { PropsWithChildren, ReactNode, useId } from 'react';
import { ItemExtras } from '../../portal-shared/components/item-extras';
import { WrittenBy } from '../../portal-shared/components/written-by';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { PortalItemHistory } from '../../portal-shared/components/portal-item-history';
import { useMemberNames, useOurPlan } from './our-plan-context';

interface PlanItemTextProps {
  item: PortalPlanItem;
  /** A short line above the text: whom it is about, or its part of life. */
  label?: ReactNode;
}

/** One item of the plan as a list entry: its text, who wrote it, what it said before (folded), and what the family wrote under it. */
export function PlanItemText({ item, label, children }: PropsWithChildren<PlanItemTextProps>) {
  const textId = useId();
  const about = useMemberNames(useOurPlan().members);
  return (
    <li className="divided-entry divided-entry--roomy portal-item">
      {label && <Paragraph className="portal-item__label">{label}</Paragraph>}
      <Paragraph className="portal-text" id={textId}>
        {item.text}
      </Paragraph>
      {children}
      <WrittenBy author={item.author} at={item.createdAt} />
      <PortalItemHistory item={item} about={about} />
      <ItemExtras item={item} describedBy={textId} />
    </li>
  );
}
