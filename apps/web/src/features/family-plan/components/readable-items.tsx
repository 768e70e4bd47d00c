import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { FoldCounts, FoldTexts, ShowMore, useFold } from '../../../shared/components/folded-list';
import { ItemFactList, ItemFacts } from '../../../shared/components/item-facts';
import { ItemList } from './item-list';
import { ItemText, itemTextId } from './item-text';
import { PlanItemCard } from './plan-item-card';
import { usePlanView } from './plan-view-context';
import { RedactionNotices } from './redaction-notices';

interface ReadableItemsProps {
  items: readonly PlanItemFieldsFragment[];
  /** The facts each item shows beside its text. */
  facts: (item: PlanItemFieldsFragment) => ItemFactList;
  /** Facts above the text (whose voice it is) instead of below it. */
  factsFirst?: boolean;
  /** For a part that grows for years (the logbook): show the first items and fold the rest, saying so in these words. */
  foldTexts?: (fold: FoldCounts) => FoldTexts;
}

/**
 * One part of the plan as the reader may read it: the items they read in full, each with its
 * text and facts, and for the rest only the notices of what exists and whom to ask.
 */
export function ReadableItems({ items, facts, factsFirst = false, foldTexts }: ReadableItemsProps) {
  const readable = items.filter((item) => item.access === 'FULL');
  const { linkedItemId } = usePlanView();
  const fold = useFold(readable, { first: foldTexts ? undefined : Infinity, linked: (item) => item.id === linkedItemId });
  return (
    <>
      {readable.length > 0 && (
        <ItemList listRef={fold.listRef}>
          {fold.shown.map((item) => (
            <PlanItemCard key={item.id} item={item}>
              {factsFirst && <ItemFacts facts={facts(item)} />}
              <ItemText id={itemTextId(item.id)} text={item.text} />
              {!factsFirst && <ItemFacts facts={facts(item)} />}
            </PlanItemCard>
          ))}
        </ItemList>
      )}
      {foldTexts && <ShowMore fold={fold} {...foldTexts(fold)} />}
      <RedactionNotices items={items} />
    </>
  );
}
