import { Paragraph } from '@rijkshuisstijl-community/components-react';

interface ItemTextProps {
  id: string;
  text: string | null | undefined;
}

/** An item's own words, with the line breaks its writer typed. */
export function ItemText({ id, text }: ItemTextProps) {
  return (
    <Paragraph id={id} className="plan-text">
      {text}
    </Paragraph>
  );
}

/** The id of an item's text, which its action buttons point to as their description. */
export function itemTextId(itemId: string): string {
  return `item-tekst-${itemId}`;
}
