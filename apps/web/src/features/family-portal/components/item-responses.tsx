import { ActionGroup, Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PortalPlanItem } from '../../portal-shared/utils/plan-items';
import { ResponseKind } from '../hooks/use-respond';
import { useOurPlan } from './our-plan-context';
import { RespondForm } from './respond-form';
import { ResponseList } from './response-list';

interface ItemResponsesProps {
  item: PortalPlanItem;
  /** The id of the item's text: the buttons say what they respond to. */
  describedBy: string;
}

/**
 * Under every item: what the family already wrote, and the way to add a
 * comment or, next to a professional's text, the family's own view.
 */
export function ItemResponses({ item, describedBy }: ItemResponsesProps) {
  const { t } = useTranslation('familyPortal');
  const { familyId, responses, closed } = useOurPlan();
  const [open, setOpen] = useState<ResponseKind | null>(null);
  const [saved, setSaved] = useState<ResponseKind | null>(null);
  const buttons = { COMMENT: useRef<HTMLButtonElement>(null), OWN_VIEW: useRef<HTMLButtonElement>(null) };
  const existing = responses.get(item.id) ?? [];
  // The own view answers a professional: the family disagrees with what someone else wrote about them.
  const kinds: ResponseKind[] = item.author.type === 'INVOLVEMENT' ? ['COMMENT', 'OWN_VIEW'] : ['COMMENT'];

  const close = (kind: ResponseKind, wasSaved: boolean) => {
    setOpen(null);
    setSaved(wasSaved ? kind : null);
    // Back to where the person started, once the buttons are there again.
    requestAnimationFrame(() => buttons[kind].current?.focus());
  };

  return (
    <div className="portal-item__responses">
      {existing.length > 0 && <ResponseList responses={existing} />}
      {closed ? null : open ? (
        <RespondForm
          familyId={familyId}
          targetItemId={item.id}
          kind={open}
          onClose={(wasSaved) => close(open, wasSaved)}
        />
      ) : (
        <ActionGroup>
          {kinds.map((kind) => (
            <Button
              key={kind}
              ref={buttons[kind]}
              appearance="secondary-action-button"
              aria-describedby={describedBy}
              onClick={() => {
                setSaved(null);
                setOpen(kind);
              }}
            >
              {t(`respond.${kind}.open`)}
            </Button>
          ))}
        </ActionGroup>
      )}
      <div role="status">{saved && <Paragraph>{t(`respond.${saved}.saved`)}</Paragraph>}</div>
    </div>
  );
}
