import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';
import { mayChangeStatus, mayEdit, mayWithhold, PlanEditor } from '../utils/plan-editor';
import { EditItemForm } from './edit-item-form';
import { HoldEvaluationForm } from './hold-evaluation-form';
import { NotKeptForm } from './not-kept-form';
import { QuickStatusChange } from './quick-status-change';
import { ReleaseToFamily } from './release-to-family';
import { RemoveItemForm } from './remove-item-form';
import { WithholdForm } from './withhold-form';

type Panel = 'edit' | 'hold' | 'remove' | 'notKept' | 'DONE' | 'OPEN' | 'withhold' | 'release';

/** Panels that save at once, without a form: no expanded state to announce. */
const IMMEDIATE: readonly Panel[] = ['DONE', 'OPEN', 'release'];

interface ItemActionsProps {
  item: PlanItemFieldsFragment;
  editor: PlanEditor | null;
  /** The id of the item's text: each button is described by what it acts on. */
  describedBy: string;
}

/**
 * What the signed-in professional may do with one item: change, remove, for
 * agreements set the status, for evaluations hold them (whoever may change the
 * evaluation), and for the regisseur withhold it from the family.
 */
export function ItemActions({ item, editor, describedBy }: ItemActionsProps) {
  const { t } = useTranslation('planItems');
  const [panel, setPanel] = useState<Panel | null>(null);
  const [saved, setSaved] = useState<Panel | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const buttons = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  // Where the focus returns once the buttons are back: the one that opened the panel, or else the first.
  const [returnFocus, setReturnFocus] = useState<Panel | null>(null);

  useEffect(() => {
    if (returnFocus === null || panel !== null) return;
    (buttons.current[returnFocus] ?? buttons.current.edit)?.focus();
    setReturnFocus(null);
  }, [returnFocus, panel]);

  if (!mayEdit(item, editor)) return null;
  const statusChanges = mayChangeStatus(item, editor);
  const withholdable = mayWithhold(item, editor);
  const withheld = Boolean(item.withheldFromFamilyReason);

  const open = (next: Panel) => {
    setSaved(null);
    setPanel(next);
  };
  const close = (closed: Panel, wasSaved: boolean) => {
    setPanel(null);
    setSaved(wasSaved ? closed : null);
    if (wasSaved && closed === 'remove') {
      // The item leaves the plan; its section keeps the focus rather than the page losing it.
      container.current?.closest<HTMLElement>('section')?.focus();
      return;
    }
    setReturnFocus(closed);
  };
  const button = (target: Panel, label: string) => (
    <Button
      ref={(element: HTMLButtonElement | null) => {
        buttons.current[target] = element;
      }}
      appearance="subtle-button"
      aria-describedby={describedBy}
      aria-expanded={IMMEDIATE.includes(target) ? undefined : panel === target}
      onClick={() => (panel === target ? setPanel(null) : open(target))}
    >
      {label}
    </Button>
  );

  return (
    <div ref={container} className="item-actions">
      {panel === null && (
        <div className="item-actions__buttons">
          {button('edit', t('actions.edit'))}
          {item.kind === 'EVALUATION' && button('hold', t(item.status === 'HELD' ? 'actions.changeOutcome' : 'actions.hold'))}
          {statusChanges && item.status !== 'DONE' && button('DONE', t('actions.markDone'))}
          {statusChanges && item.status !== 'NOT_KEPT' && button('notKept', t('actions.markNotKept'))}
          {statusChanges && item.status !== 'OPEN' && button('OPEN', t('actions.reopen'))}
          {withholdable && !withheld && button('withhold', t('actions.withhold'))}
          {withholdable && withheld && button('release', t('actions.release'))}
          {button('remove', t('actions.remove'))}
        </div>
      )}
      <div role="status">{saved && saved !== 'remove' && <Paragraph>{t(`saved.${saved}`)}</Paragraph>}</div>
      {panel === 'edit' && editor && <EditItemForm item={item} editor={editor} onDone={(wasSaved) => close('edit', wasSaved)} />}
      {panel === 'hold' && editor && (
        <HoldEvaluationForm evaluation={item} editor={editor} onDone={(wasSaved) => close('hold', wasSaved)} />
      )}
      {panel === 'remove' && <RemoveItemForm item={item} onDone={(wasSaved) => close('remove', wasSaved)} />}
      {panel === 'notKept' && <NotKeptForm item={item} onDone={(wasSaved) => close('notKept', wasSaved)} />}
      {panel === 'withhold' && <WithholdForm item={item} onDone={(wasSaved) => close('withhold', wasSaved)} />}
      {(panel === 'DONE' || panel === 'OPEN') && (
        <QuickStatusChange item={item} status={panel} onDone={(wasSaved) => close(panel, wasSaved)} />
      )}
      {panel === 'release' && <ReleaseToFamily item={item} onDone={(wasSaved) => close('release', wasSaved)} />}
    </div>
  );
}
