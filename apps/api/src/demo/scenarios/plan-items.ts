import { InformationCategory, PlanItemKind, RESPONSE_KINDS } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { updateReturning } from '../../common/update-returning';
import { PlanItemContent } from '../../plan/plan-item-content';
import { partyColumns } from '../../plan/plan-item-facts';
import { checkDraft, emptyDraft, ItemDraft, mergeDraft } from '../../plan/plan-item-rules';
import { PartyInput, PlanItemContentInput } from '../../plan/plan-item.input';
import { DemoFamily } from './demo-family';
import { insertRows } from './insert-rows';

/** Who wrote an item: exactly one party (the database's one_author rule), signed in with their own account. */
export type DemoAuthor = { accountId: string } & (
  | { involvementId: string; memberId?: undefined; networkMemberId?: undefined }
  | { memberId: string; involvementId?: undefined; networkMemberId?: undefined }
  | { networkMemberId: string; involvementId?: undefined; memberId?: undefined }
);

/** An item as the API's AddPlanItemInput carries it, plus who wrote it and when. */
export interface DemoItem extends PlanItemContentInput {
  /** Chosen in advance when something refers to it: an agreement to its goal, a comment to its target. */
  id?: string;
  kind: PlanItemKind;
  category: InformationCategory;
  /** Member ids; none means the family as a whole. */
  aboutMemberIds?: string[];
  by: DemoAuthor;
  /** Days from today on which it was written (in the past), and at what time. */
  day: number;
  time?: string;
  /** For comments and own views: the item they answer, in the same batch. */
  targetItemId?: string;
  withheldFromFamilyReason?: string;
}

/** A later change to an item: one new version, recorded as a revision by the database's trigger. */
export interface DemoRevision {
  itemId: string;
  byAccountId: string;
  day: number;
  time?: string;
  status?: string;
  dueOn?: string;
  assignee?: PartyInput;
  /** Only the content fields that change. */
  content?: Partial<PlanItemContent>;
}

/**
 * Writes items in one INSERT. Each is first checked against the same rules
 * the API applies to a new item, so the demo never shows what a user could
 * not have entered.
 */
export async function writeItems(family: DemoFamily, items: DemoItem[]): Promise<void> {
  const ids = items.map((item) => item.id ?? randomUUID());
  const rows = items.map((item, index) => {
    const draft = mergeDraft(emptyDraft(item.kind, item.category, item.aboutMemberIds ?? []), item);
    checkResponse(item, items);
    refuseProblems(draft);
    // Items written in the same minute keep the order in which the scenario lists them.
    const at = new Date(family.calendar.at(item.day, item.time).getTime() + index * 1000);
    const assignee = partyColumns(draft.assignee);
    return {
      id: ids[index],
      family_id: family.id,
      kind: draft.kind,
      category: draft.category,
      about_member_ids: draft.aboutMemberIds,
      author_account_id: item.by.accountId,
      author_involvement_id: item.by.involvementId ?? null,
      author_member_id: item.by.memberId ?? null,
      author_network_member_id: item.by.networkMemberId ?? null,
      assignee_involvement_id: assignee.assigneeInvolvementId,
      assignee_member_id: assignee.assigneeMemberId,
      assignee_network_member_id: assignee.assigneeNetworkMemberId,
      target_item_id: item.targetItemId ?? null,
      content: draft.content,
      status: draft.status,
      due_on: draft.dueOn,
      withheld_from_family_reason: item.withheldFromFamilyReason ?? null,
      created_at: at,
      updated_at: at,
      updated_by_account_id: item.by.accountId,
    };
  });
  await insertRows(family.manager, 'plan_item', rows);
}

interface RevisedRow {
  kind: PlanItemKind;
  category: InformationCategory;
  about_member_ids: string[];
  assignee_involvement_id: string | null;
  assignee_member_id: string | null;
  assignee_network_member_id: string | null;
  content: PlanItemContent;
  status: string | null;
  due_on: string | null;
}

/** Applies changes in the order given, which must be the order in time: each one is the next version. */
export async function reviseItems(family: DemoFamily, revisions: DemoRevision[]): Promise<void> {
  for (const revision of revisions) {
    const params: unknown[] = [revision.itemId, family.id, family.calendar.at(revision.day, revision.time), revision.byAccountId];
    // The trigger refuses an update that does not raise the version by one, and records who made it.
    const assignments = ['version = version + 1', 'updated_at = $3', 'updated_by_account_id = $4'];
    const set = (assignment: (placeholder: string) => string, value: unknown) => {
      params.push(value);
      assignments.push(assignment(`$${params.length}`));
    };
    if (revision.status !== undefined) set((p) => `status = ${p}`, revision.status);
    if (revision.dueOn !== undefined) set((p) => `due_on = ${p}`, revision.dueOn);
    if (revision.assignee) {
      const columns = partyColumns(revision.assignee);
      set((p) => `assignee_involvement_id = ${p}`, columns.assigneeInvolvementId);
      set((p) => `assignee_member_id = ${p}`, columns.assigneeMemberId);
      set((p) => `assignee_network_member_id = ${p}`, columns.assigneeNetworkMemberId);
    }
    // Content is merged: a revision names only the fields that change.
    if (revision.content) set((p) => `content = content || ${p}::jsonb`, revision.content);
    const [row] = await updateReturning<RevisedRow>(
      family.manager,
      `UPDATE plan_item SET ${assignments.join(', ')} WHERE id = $1 AND family_id = $2
       RETURNING kind, category, about_member_ids, assignee_involvement_id, assignee_member_id,
                 assignee_network_member_id, content, status, to_char(due_on, 'YYYY-MM-DD') AS due_on`,
      params,
    );
    if (!row) throw new Error(`Demo revision of unknown item ${revision.itemId}.`);
    refuseProblems(draftOf(row));
  }
}

function draftOf(row: RevisedRow): ItemDraft {
  const assignee: PartyInput | null = row.assignee_involvement_id
    ? { type: 'INVOLVEMENT', id: row.assignee_involvement_id }
    : row.assignee_member_id
      ? { type: 'FAMILY_MEMBER', id: row.assignee_member_id }
      : row.assignee_network_member_id
        ? { type: 'NETWORK_MEMBER', id: row.assignee_network_member_id }
        : null;
  return {
    kind: row.kind,
    category: row.category,
    aboutMemberIds: row.about_member_ids,
    assignee,
    status: row.status,
    dueOn: row.due_on,
    content: row.content,
  };
}

function refuseProblems(draft: ItemDraft): void {
  const problems = checkDraft(draft);
  if (problems.length > 0) {
    throw new Error(`Demo ${draft.kind} "${draft.content.text}" breaks the plan's rules: ${JSON.stringify(problems)}`);
  }
}

/** A response is the family's voice, and as private as what it answers: same category, same subjects. */
function checkResponse(item: DemoItem, batch: DemoItem[]): void {
  if (!RESPONSE_KINDS.includes(item.kind)) return;
  const target = batch.find((other) => other.id !== undefined && other.id === item.targetItemId);
  const sameSubjects = (target?.aboutMemberIds ?? []).join() === (item.aboutMemberIds ?? []).join();
  if (!target || !item.by.memberId || target.category !== item.category || !sameSubjects) {
    throw new Error(`Demo ${item.kind} "${item.text}" must answer an item in its batch, by a family member, like that item.`);
  }
}
