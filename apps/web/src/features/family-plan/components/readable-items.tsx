import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { ItemFactList, ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { RedactionNotices } from './redaction-notices';

interface ReadableItemsProps {
  items: readonly PlanItemFieldsFragment[];
  /** The facts each item shows beside its text. */
  facts: (item: PlanItemFieldsFragment) => ItemFactList;
  /** Facts above the text (whose voice it is) instead of below it. */
  factsFirst?: boolean;
}

/**
 * One part of the plan as the reader may read it: the items they read in full, each with its
 * text and facts, and for the rest only the notices of what exists and whom to ask.
 */
export function ReadableItems({ items, facts, factsFirst = false }: ReadableItemsProps) {
  const readable = items.filter((item) => item.access === 'FULL');
  return (
    <>
      {readable.length > 0 && (
        <ItemList>
          {readable.map((item) => (
            <PlanItemCard key={item.id} item={item}>
              {factsFirst && <ItemFacts facts={facts(item)} />}
              <ItemText id={itemTextId(item.id)} text={item.text} />
              {!factsFirst && <ItemFacts facts={facts(item)} />}
            </PlanItemCard>
          ))}
        </ItemList>
      )}
      <RedactionNotices items={items} />
    </>
  );
}
