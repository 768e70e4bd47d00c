import { CopyValue } from './copy-format';

/**
 * The columns the generator fills, per table, in COPY order. Every other
 * column keeps its default. Listed in load order: parents before children,
 * so that the foreign keys, which stay on, check every row.
 */
export const TABLES = {
  organisation: ['id', 'name', 'type', 'created_at'],
  account: ['id', 'email', 'display_name', 'kind', 'organisation_id', 'password_hash', 'discipline', 'phone', 'created_at'],
  family: ['id', 'name', 'created_at', 'created_by_account_id', 'last_plan_change_at'],
  family_member: [
    'id', 'family_id', 'given_name', 'family_name', 'role', 'date_of_birth', 'has_parental_authority',
    'lives_at_home', 'account_id', 'created_at',
  ],
  network_member: ['id', 'family_id', 'name', 'relation', 'phone', 'email', 'account_id', 'created_at'],
  involvement: [
    'id', 'family_id', 'account_id', 'organisation_id', 'task', 'categories', 'member_ids', 'starts_on', 'ends_on',
    'ended_at', 'ended_reason', 'created_at', 'created_by_account_id', 'version',
  ],
  regisseur_assignment: [
    'id', 'family_id', 'involvement_id', 'started_at', 'ended_at', 'handover_note', 'assigned_by_account_id',
  ],
  plan_item: [
    'id', 'family_id', 'kind', 'category', 'about_member_ids', 'author_account_id', 'author_involvement_id',
    'author_member_id', 'author_network_member_id', 'assignee_involvement_id', 'assignee_member_id',
    'assignee_network_member_id', 'target_item_id', 'content', 'status', 'due_on', 'withheld_from_family_reason',
    'removed_at', 'removed_reason', 'version', 'created_at', 'updated_at', 'updated_by_account_id',
  ],
  plan_version: ['id', 'family_id', 'number', 'adopted_at', 'adopted_by_account_id', 'note'],
  plan_version_item: ['plan_version_id', 'item_id', 'item_version'],
  consent: [
    'id', 'family_id', 'subject_member_id', 'purpose', 'recipient_involvement_ids', 'categories', 'valid_from',
    'valid_until', 'recorded_at', 'recorded_by_account_id', 'withdrawn_at', 'withdrawn_by_account_id', 'withdrawal_note',
  ],
  consent_given: ['consent_id', 'member_id', 'given_at', 'recorded_by_account_id'],
  legal_basis: [
    'id', 'family_id', 'kind', 'reference', 'recipient_involvement_id', 'subject_member_ids', 'categories', 'purpose',
    'necessary_information', 'proportionality', 'subsidiarity', 'professional_secrecy', 'family_informed_at',
    'informing_delay_reason', 'valid_until', 'recorded_at', 'recorded_by_account_id',
  ],
  access_log: [
    'at', 'account_id', 'account_kind', 'involvement_id', 'family_id', 'member_ids', 'item_id', 'list', 'action',
    'basis', 'consent_ids', 'legal_basis_ids', 'request_id', 'client_address',
  ],
} as const satisfies Record<string, readonly string[]>;

export type TableName = keyof typeof TABLES;

/** Rows per table for one batch of families. */
export class TableRows {
  private readonly rows = new Map<TableName, CopyValue[][]>();

  add(table: TableName, row: CopyValue[]): void {
    if (row.length !== TABLES[table].length) {
      throw new Error(`${table}: ${row.length} values for ${TABLES[table].length} columns`);
    }
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    list.push(row);
  }

  of(table: TableName): CopyValue[][] {
    return this.rows.get(table) ?? [];
  }

  count(table: TableName): number {
    return this.of(table).length;
  }
}
