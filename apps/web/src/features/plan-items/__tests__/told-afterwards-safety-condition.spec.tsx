import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../testing/render-with-providers';
import { involvement, member } from '../../family-plan/testing/plan-item-fixture';
import { AddItemPanel } from '../components/add-item-panel';
import { mayAdd, PlanEditor, planEditorFor, waitsForFamilyTold } from '../utils/plan-editor';

// A Veilig Thuis partner invited under "the family is told afterwards" (issue 12, item 2).
const veiligThuis = involvement({
  id: 'inv-vt',
  organisationType: 'VEILIG_THUIS',
  categories: ['SAFETY'],
  memberIds: ['noor'],
});
const rest = { members: [member('noor', 'Noor', 'Bakker')], network: [], goals: [] };
const relation = { type: 'PROFESSIONAL', involvementId: 'inv-vt', isRegisseur: false };

function editorWith(legalBases: { recipientInvolvementId: string; familyInformedAt: string | null }[]): PlanEditor {
  const editor = planEditorFor('family', relation, [veiligThuis], { ...rest, legalBases });
  if (!editor) throw new Error('expected an editor');
  return editor;
}

const notYetTold = editorWith([{ recipientInvolvementId: 'inv-vt', familyInformedAt: null }]);
const told = editorWith([{ recipientInvolvementId: 'inv-vt', familyInformedAt: '2026-11-30T10:00:00Z' }]);

describe('a safety condition from an involvement the family is told of afterwards', () => {
  it('is not offered until the telling is recorded, and only the safety condition waits', () => {
    expect(notYetTold.awaitingFamilyTold).toBe(true);
    expect(mayAdd('SAFETY_CONDITION', notYetTold)).toBe(false);
    expect(waitsForFamilyTold('SAFETY_CONDITION', notYetTold)).toBe(true);
    // Other parts of the task are not the bottom line the family must see.
    expect(mayAdd('SAFETY_AGREEMENT', notYetTold)).toBe(true);
    expect(waitsForFamilyTold('SAFETY_AGREEMENT', notYetTold)).toBe(false);

    expect(told.awaitingFamilyTold).toBe(false);
    expect(mayAdd('SAFETY_CONDITION', told)).toBe(true);
    expect(waitsForFamilyTold('SAFETY_CONDITION', told)).toBe(false);
  });

  it('looks only at legal bases for the professional’s own involvement', () => {
    const other = editorWith([{ recipientInvolvementId: 'inv-police', familyInformedAt: null }]);
    expect(other.awaitingFamilyTold).toBe(false);
    expect(mayAdd('SAFETY_CONDITION', other)).toBe(true);
  });

  it('explains in the plan editor why the button is missing, and offers it once the family was told', async () => {
    const { unmount } = await renderWithProviders(<AddItemPanel kind="SAFETY_CONDITION" editor={notYetTold} />);
    expect(screen.queryByRole('button', { name: 'Veiligheidsvoorwaarde stellen' })).toBeNull();
    expect(screen.getByText(/Je kunt nog geen veiligheidsvoorwaarde stellen\. Het gezin hoort pas achteraf/)).toBeVisible();
    unmount();

    await renderWithProviders(<AddItemPanel kind="SAFETY_CONDITION" editor={told} />);
    expect(screen.getByRole('button', { name: 'Veiligheidsvoorwaarde stellen' })).toBeVisible();
    expect(screen.queryByText(/Je kunt nog geen veiligheidsvoorwaarde stellen/)).toBeNull();
  });

  it('says nothing to a professional whose organisation never sets safety conditions', async () => {
    const school = planEditorFor('family', { ...relation, involvementId: 'inv-school' }, [involvement({ id: 'inv-school', categories: ['SAFETY'], memberIds: ['noor'] })], {
      ...rest,
      legalBases: [{ recipientInvolvementId: 'inv-school', familyInformedAt: null }],
    });
    await renderWithProviders(<AddItemPanel kind="SAFETY_CONDITION" editor={school} />);
    expect(screen.queryByText(/veiligheidsvoorwaarde/i)).toBeNull();
  });
});
