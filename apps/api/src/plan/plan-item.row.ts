import { InformationCategory, PlanItemKind } from '@gezinsplan/domain';
import { PlanItemContent } from './plan-item-content';

/** An item as the access-filtered queries return it: content columns are null unless access is FULL. */
export interface PlanItemRow {
  id: string;
  family_id: string;
  kind: PlanItemKind;
  category: InformationCategory;
  about_member_ids: string[];
  author_involvement_id: string | null;
  author_member_id: string | null;
  author_network_member_id: string | null;
  created_at: Date;
  version: number;
  access: 'FULL' | 'REDACTED';
  /** An evaluation that invites the reader (`invites` in the access policy). */
  invites_reader: boolean;
  updated_at: Date | null;
  /** Who made this version (content: null unless FULL). */
  updated_by_account_id: string | null;
  assignee_involvement_id: string | null;
  assignee_member_id: string | null;
  assignee_network_member_id: string | null;
  target_item_id: string | null;
  content: PlanItemContent | null;
  status: string | null;
  due_on: string | null;
  withheld_from_family_reason: string | null;
}
