import { Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId } from 'react';
import { PortalPlanItem } from '../utils/plan-items';
import { ItemExtras } from './item-extras';

function SafetyCondition({ condition }: { condition: PortalPlanItem }) {
  const textId = useId();
  return (
    <li className="divided-entry divided-entry--roomy portal-item portal-item--condition">
      <Paragraph className="portal-text" id={textId}>
        {condition.text}
      </Paragraph>
      <ItemExtras item={condition} describedBy={textId} />
    </li>
  );
}

/** The bottom line of the safety plan, which everyone holds on to. */
export function SafetyConditions({ conditions }: { conditions: readonly PortalPlanItem[] }) {
  return (
    <ul className="bare-list portal-list">
      {conditions.map((condition) => (
        <SafetyCondition key={condition.id} condition={condition} />
      ))}
    </ul>
  );
}
