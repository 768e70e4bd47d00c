import { BOTTOM_LINE_KINDS, decideAdd, professionalRelation, Relation } from '@gezinsplan/access-policy';
import { INFORMATION_CATEGORIES, InformationCategory, PlanItemKind, RESPONSE_KINDS } from '@gezinsplan/domain';
import {
  FamilyMemberFieldsFragment,
  InvolvementFieldsFragment,
  PlanItemFieldsFragment,
} from '../../../graphql/generated/graphql';

/**
 * What a professional may change in one family's plan, and the people the
 * forms offer. Built from the relation the API reports (`myRelation`) and the
 * professional's own involvement. The API decides again on every change; this
 * only keeps the page from offering what it would refuse.
 */
export interface PlanEditor {
  familyId: string;
  isRegisseur: boolean;
  /** The signed-in professional's own, active involvement. */
  involvement: InvolvementFieldsFragment;
  members: readonly FamilyMemberFieldsFragment[];
  involvements: readonly InvolvementFieldsFragment[];
  network: readonly { id: string; name: string; relation: string }[];
  /** Goals an agreement can belong to. */
  goals: readonly PlanItemFieldsFragment[];
  /**
   * The family is told of this professional's involvement afterwards and has
   * not been told yet: the API refuses a safety condition (the family always
   * sees the bottom line), so the page does not offer one and says why.
   */
  awaitingFamilyTold: boolean;
}

/** The legal bases this professional can read (their own, or all for the regisseur); only these two facts matter here. */
export interface LegalBasisFacts {
  recipientInvolvementId: string;
  familyInformedAt?: string | null;
}

export interface MyRelationFacts {
  type: string;
  involvementId?: string | null;
  isRegisseur: boolean;
}

/** The editor for a professional with an active involvement, or null: family, network and ended involvements edit nothing here. */
export function planEditorFor(
  familyId: string,
  relation: MyRelationFacts,
  involvements: readonly InvolvementFieldsFragment[],
  rest: Pick<PlanEditor, 'members' | 'network' | 'goals'> & { legalBases?: readonly LegalBasisFacts[] },
): PlanEditor | null {
  if (relation.type !== 'PROFESSIONAL' || !relation.involvementId) return null;
  const involvement = involvements.find((candidate) => candidate.id === relation.involvementId && !candidate.endedAt);
  if (!involvement) return null;
  const { legalBases = [], ...parts } = rest;
  // Same test as the API's `undisclosedInvolvementIds`: a basis for this involvement whose telling is not recorded.
  const awaitingFamilyTold = legalBases.some((basis) => basis.recipientInvolvementId === involvement.id && !basis.familyInformedAt);
  return { familyId, isRegisseur: relation.isRegisseur, involvement, involvements, awaitingFamilyTold, ...parts };
}

function policyRelation(editor: PlanEditor): Relation {
  return professionalRelation(editor.involvement, editor.isRegisseur);
}

const isOwn = (party: PlanItemFieldsFragment['author'] | null | undefined, editor: PlanEditor) =>
  party?.type === 'INVOLVEMENT' && party.id === editor.involvement.id;

/**
 * The regisseur changes everything they can read; a partner what their own
 * involvement wrote and the agreements assigned to it. Comments and own views
 * are the family's voice and are never changed.
 */
export function mayEdit(item: PlanItemFieldsFragment, editor: PlanEditor | null): boolean {
  if (!editor || item.access !== 'FULL' || RESPONSE_KINDS.includes(item.kind)) return false;
  if (editor.isRegisseur) return true;
  return isOwn(item.author, editor) || (item.kind === 'AGREEMENT' && isOwn(item.assignee, editor));
}

/** Only the regisseur withholds an item from the family (with a reason) or shows it to them again. */
export function mayWithhold(item: PlanItemFieldsFragment, editor: PlanEditor | null): boolean {
  return editor?.isRegisseur === true && mayEdit(item, editor);
}

/** Agreements (and safety agreements) get a status: done, or not kept with a reason. */
export function mayChangeStatus(item: PlanItemFieldsFragment, editor: PlanEditor | null): boolean {
  return (item.kind === 'AGREEMENT' || item.kind === 'SAFETY_AGREEMENT') && mayEdit(item, editor);
}

/** The categories this professional may add an item of this kind in; empty when they may not add it at all. */
export function categoriesFor(kind: PlanItemKind, editor: PlanEditor): InformationCategory[] {
  // The parts of the safety plan are always safety information (the API refuses any other category).
  if (SAFETY_KINDS.includes(kind)) return categoriesAllowed(kind, editor).filter((category) => category === 'SAFETY');
  return categoriesAllowed(kind, editor);
}

const SAFETY_KINDS: readonly PlanItemKind[] = ['SAFETY_PLAN', 'SAFETY_CONDITION', 'SAFETY_AGREEMENT', 'ROSTER_ENTRY'];

function categoriesAllowed(kind: PlanItemKind, editor: PlanEditor): InformationCategory[] {
  const relation = policyRelation(editor);
  const assignee = kind === 'AGREEMENT' ? { involvementId: editor.involvement.id } : null;
  return INFORMATION_CATEGORIES.filter(
    (category) =>
      decideAdd(relation, { kind, category, aboutMemberIds: [], assignee }, editor.involvement.organisationType).allowed,
  );
}

/** Whether the organisation and task allow this kind at all, before the "told afterwards" rule. */
function mayAddByTask(kind: PlanItemKind, editor: PlanEditor): boolean {
  return categoriesFor(kind, editor).length > 0;
}

/** The bottom line waits until the family has been told of this involvement (`decideBottomLine` in the API). */
export function waitsForFamilyTold(kind: PlanItemKind, editor: PlanEditor | null): boolean {
  return editor !== null && editor.awaitingFamilyTold && BOTTOM_LINE_KINDS.includes(kind) && mayAddByTask(kind, editor);
}

export function mayAdd(kind: PlanItemKind, editor: PlanEditor | null): boolean {
  return editor !== null && mayAddByTask(kind, editor) && !waitsForFamilyTold(kind, editor);
}

/** The family members a new item can be about: everyone for the regisseur, a partner's task members otherwise. */
export function membersFor(editor: PlanEditor): FamilyMemberFieldsFragment[] {
  return editor.members.filter((member) => editor.isRegisseur || editor.involvement.memberIds.includes(member.id));
}

/**
 * Whether this professional may write an item of this kind about the whole family (the API's
 * `decideAboutWholeFamily`): the regisseur, a partner whose task concerns everyone, and anyone setting the bottom line.
 */
export function writesAboutWholeFamily(editor: PlanEditor, kind: PlanItemKind): boolean {
  if (BOTTOM_LINE_KINDS.includes(kind) || editor.isRegisseur) return true;
  return editor.members.every((member) => editor.involvement.memberIds.includes(member.id));
}

/** The children among the members this professional may write about. */
export function childrenFor(editor: PlanEditor): FamilyMemberFieldsFragment[] {
  return membersFor(editor).filter((member) => member.role === 'CHILD');
}

/** Kinds whose "about whom" question asks which children (a safety condition, a roster line). */
const ABOUT_CHILDREN: readonly PlanItemKind[] = ['SAFETY_CONDITION', 'ROSTER_ENTRY'];

/** Whom an item of this kind can be about: its question names children only where the kind is about them. */
export function aboutOptionsFor(editor: PlanEditor, kind: PlanItemKind): FamilyMemberFieldsFragment[] {
  return ABOUT_CHILDREN.includes(kind) ? childrenFor(editor) : membersFor(editor);
}

/**
 * Whom an evaluation on `on` can invite: involved today and still on that
 * date (an involvement may end on a later day), as the API checks.
 */
export function invitableInvolvements(editor: Pick<PlanEditor, 'involvements'>, on?: string): InvolvementFieldsFragment[] {
  return editor.involvements.filter((involvement) => !involvement.endedAt && (!involvement.endsOn || !on || involvement.endsOn >= on));
}

/** The invitees a form sends: only those it offers, so no one it no longer shows (ended, or gone by the date) stays ticked. */
export function onlyInvitable<T extends { invitedInvolvementIds: string[]; dueOn?: string }>(values: T, editor: PlanEditor): T {
  const invitable = new Set(invitableInvolvements(editor, values.dueOn).map((involvement) => involvement.id));
  return { ...values, invitedInvolvementIds: values.invitedInvolvementIds.filter((id) => invitable.has(id)) };
}

/** A partner adds agreements for their own involvement only; the regisseur for anyone involved. */
export function mayAssignToOthers(editor: PlanEditor): boolean {
  return editor.isRegisseur;
}

/** The category a form starts with: the general plan where allowed, else the task's first. */
export function defaultCategory(categories: readonly InformationCategory[]): InformationCategory | undefined {
  return categories.includes('GENERAL') ? 'GENERAL' : categories[0];
}
