import { createContext, PropsWithChildren, ReactNode, useContext } from 'react';
import { PortalPlanItem } from '../utils/plan-items';

type RenderExtras = (item: PortalPlanItem, describedBy: string) => ReactNode;

const ItemExtrasContext = createContext<RenderExtras | null>(null);

/**
 * What a page adds under every item it shows, such as the family's comments
 * and own views. The network's page adds nothing: it reads the safety plan.
 */
export function ItemExtrasProvider({ render, children }: PropsWithChildren<{ render: RenderExtras }>) {
  return <ItemExtrasContext.Provider value={render}>{children}</ItemExtrasContext.Provider>;
}

interface ItemExtrasProps {
  item: PortalPlanItem;
  /** The id of the element that says what the item is, for the labels of what is added. */
  describedBy: string;
}

export function ItemExtras({ item, describedBy }: ItemExtrasProps) {
  const render = useContext(ItemExtrasContext);
  return render ? render(item, describedBy) : null;
}
