import { Button, Paragraph } from '@rijkshuisstijl-community/components-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ItemKind } from '../utils/item-form';
import { mayAdd, PlanEditor, waitsForFamilyTold } from '../utils/plan-editor';
import { NewItemForm } from './new-item-form';

interface AddItemPanelProps {
  kind: ItemKind;
  editor: PlanEditor | null;
}

/**
 * "Add an agreement": a button that opens the form in place. After saving,
 * the focus returns to the button and the result is announced.
 */
export function AddItemPanel({ kind, editor }: AddItemPanelProps) {
  const { t } = useTranslation('planItems');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const formId = useId();
  // Says why instead of offering what the API refuses: the family must be told of this involvement first.
  if (waitsForFamilyTold(kind, editor)) return <Paragraph className="add-item-panel__waits">{t('newItem.waitsForFamilyTold')}</Paragraph>;
  if (!editor || !mayAdd(kind, editor)) return null;

  const close = (wasSaved: boolean) => {
    setOpen(false);
    setSaved(wasSaved);
    toggle.current?.focus();
  };

  return (
    <div className="add-item-panel">
      <Button
        ref={toggle}
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        onClick={() => {
          setSaved(false);
          setOpen(!open);
        }}
      >
        {t(`newItem.${kind}.open`)}
      </Button>
      <div role="status" className="add-item-panel__status">
        {saved && <Paragraph>{t(`newItem.${kind}.saved`)}</Paragraph>}
      </div>
      {open && (
        <div id={formId} className="add-item-panel__form">
          <NewItemForm kind={kind} editor={editor} onSaved={() => close(true)} onCancel={() => close(false)} />
        </div>
      )}
    </div>
  );
}
