import { involvement, member, planItem } from '../../family-plan/testing/plan-item-fixture';
import { aboutOptionsFor, categoriesFor, mayAdd, mayChangeStatus, mayEdit, mayWithhold, membersFor, PlanEditor, planEditorFor } from '../utils/plan-editor';

const sanne = involvement({
  id: 'inv-sanne',
  professionalName: 'Sanne Jansen',
  organisationName: 'Wijkteam Utrecht Centrum',
  organisationType: 'NEIGHBOURHOOD_TEAM',
  categories: ['GENERAL', 'SAFETY'],
  memberIds: ['esther', 'lisanne'],
  isRegisseur: true,
});
const marieke = involvement({ id: 'inv-marieke', categories: ['SCHOOL', 'GENERAL'], memberIds: ['lisanne'] });
const members = [member('esther', 'Esther', 'de Graaf', { role: 'PARENT' }), member('lisanne', 'Lisanne', 'Meijer')];
const rest = { members, network: [], goals: [] };

function editorFor(own: typeof sanne, isRegisseur: boolean): PlanEditor {
  const editor = planEditorFor('family', { type: 'PROFESSIONAL', involvementId: own.id, isRegisseur }, [sanne, marieke], rest);
  if (!editor) throw new Error('expected an editor');
  return editor;
}

describe('what a professional may change in the plan', () => {
  const regisseur = editorFor(sanne, true);
  const school = editorFor(marieke, false);

  it('gives no editor to the family, the network, or an involvement that ended', () => {
    expect(planEditorFor('family', { type: 'FAMILY_MEMBER', isRegisseur: false }, [sanne], rest)).toBeNull();
    const ended = involvement({ id: 'inv-ended', endedAt: '2026-02-01T10:00:00Z' });
    expect(planEditorFor('family', { type: 'PROFESSIONAL', involvementId: 'inv-ended', isRegisseur: false }, [ended], rest)).toBeNull();
  });

  it('lets the regisseur change whatever they can read, and nothing redacted', () => {
    const othersGoal = planItem({
      id: 'g',
      kind: 'GOAL',
      author: { type: 'INVOLVEMENT', id: 'inv-marieke', name: 'Marieke de Vries', organisationName: null },
    });
    expect(mayEdit(othersGoal, regisseur)).toBe(true);
    expect(mayEdit({ ...othersGoal, access: 'REDACTED' }, regisseur)).toBe(false);
  });

  it('lets a partner change what their involvement wrote and the agreements assigned to it, nothing else', () => {
    const own = planItem({ id: 'own', author: { type: 'INVOLVEMENT', id: 'inv-marieke', name: 'Marieke de Vries', organisationName: null } });
    const assigned = planItem({
      id: 'assigned',
      kind: 'AGREEMENT',
      assignee: { type: 'INVOLVEMENT', id: 'inv-marieke', name: 'Marieke de Vries', organisationName: null },
    });
    const sannes = planItem({ id: 'sannes', kind: 'GOAL' });
    expect(mayEdit(own, school)).toBe(true);
    expect(mayEdit(assigned, school)).toBe(true);
    expect(mayChangeStatus(assigned, school)).toBe(true);
    expect(mayEdit(sannes, school)).toBe(false);
    expect(mayChangeStatus(own, school)).toBe(false);
  });

  it('lets only the regisseur withhold an item from the family, and only one they can read', () => {
    const own = planItem({ id: 'own', author: { type: 'INVOLVEMENT', id: 'inv-marieke', name: 'Marieke de Vries', organisationName: null } });
    expect(mayWithhold(own, regisseur)).toBe(true);
    expect(mayWithhold({ ...own, access: 'REDACTED' }, regisseur)).toBe(false);
    expect(mayWithhold(own, school)).toBe(false);
    expect(mayWithhold(planItem({ id: 'c', kind: 'COMMENT' }), regisseur)).toBe(false);
  });

  it('never lets anyone change the family’s comments or own views', () => {
    expect(mayEdit(planItem({ id: 'c', kind: 'COMMENT' }), regisseur)).toBe(false);
    expect(mayEdit(planItem({ id: 'v', kind: 'OWN_VIEW' }), regisseur)).toBe(false);
  });

  it('offers a partner only their task’s categories and members, and no goals', () => {
    expect(categoriesFor('LOG_ENTRY', school)).toEqual(['GENERAL', 'SCHOOL']);
    expect(categoriesFor('AGREEMENT', school)).toEqual(['GENERAL', 'SCHOOL']);
    expect(mayAdd('GOAL', school)).toBe(false);
    expect(membersFor(school).map((m) => m.id)).toEqual(['lisanne']);
  });

  it('offers the regisseur every member and goals, but no safety conditions from a neighbourhood team', () => {
    expect(mayAdd('GOAL', regisseur)).toBe(true);
    expect(membersFor(regisseur).map((m) => m.id)).toEqual(['esther', 'lisanne']);
    expect(categoriesFor('SAFETY_CONDITION', regisseur)).toEqual([]);
  });

  it('asks which children a safety condition or a roster line is for, and about anyone for other items', () => {
    expect(aboutOptionsFor(regisseur, 'ROSTER_ENTRY').map((m) => m.id)).toEqual(['lisanne']);
    expect(aboutOptionsFor(regisseur, 'SAFETY_CONDITION').map((m) => m.id)).toEqual(['lisanne']);
    expect(aboutOptionsFor(regisseur, 'AGREEMENT').map((m) => m.id)).toEqual(['esther', 'lisanne']);
  });
});
