import { ConsentPurpose } from '@gezinsplan/access-policy';
import { FamilyRole, InformationCategory } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { DemoCalendar } from '../demo-calendar';
import { DemoContext } from './demo-context';
import { insertRows } from './insert-rows';

export interface DemoMember {
  givenName: string;
  familyName: string;
  role: FamilyRole;
  dateOfBirth: string;
  hasParentalAuthority?: boolean;
  livesAtHome?: boolean;
  /** Their family portal login, when the demo signs in as them. */
  accountId?: string;
}

export interface DemoNetworkMember {
  name: string;
  /** In the family's words: "moeder van Sandra", "buurvrouw". */
  relation: string;
  phone?: string;
  email?: string;
  accountId?: string;
}

export interface DemoInvolvement {
  accountId: string;
  task: string;
  categories: InformationCategory[];
  /** The members the task concerns: need-to-know is decided per member. */
  memberIds: string[];
  /** Days from today on which the involvement started. */
  since: number;
  invitedBy: string;
  ended?: { at: Date; reason: string };
}

export interface DemoRegisseurTerm {
  involvementId: string;
  assignedBy: string;
  startedAt: Date;
  endedAt?: Date;
  handoverNote?: string;
}

export interface DemoConsent {
  /** Whose information may flow. */
  subjectMemberId: string;
  purpose: ConsentPurpose;
  recipientInvolvementIds: string[];
  categories: InformationCategory[];
  /** Days from today on which it was recorded and from which it is valid. */
  since: number;
  validUntil: string | null;
  recordedBy: string;
  /** Everyone who must consent, as computed from the dates of birth, or it does not count. */
  givenBy: Array<{ memberId: string; day: number }>;
}

/**
 * One demo family being written: the family, who belongs to it, who works
 * with it. Ids are chosen here rather than returned by the database, so that
 * scenarios can name their people (`member.lisanne`) and refer to them at once.
 */
export class DemoFamily {
  private constructor(
    readonly id: string,
    readonly manager: EntityManager,
    readonly calendar: DemoCalendar,
    private readonly startedAt: Date,
  ) {}

  static async start(context: DemoContext, family: { name: string; createdBy: string; since: number }): Promise<DemoFamily> {
    const id = randomUUID();
    const startedAt = context.calendar.at(family.since, '09:00');
    await insertRows(context.manager, 'family', [
      { id, name: family.name, created_at: startedAt, created_by_account_id: family.createdBy, last_plan_change_at: startedAt },
    ]);
    return new DemoFamily(id, context.manager, context.calendar, startedAt);
  }

  async members<K extends string>(members: Record<K, DemoMember>): Promise<Record<K, string>> {
    const ids = idsFor(members);
    await insertRows(
      this.manager,
      'family_member',
      entries(members).map(([key, m]) => ({
        id: ids[key],
        family_id: this.id,
        given_name: m.givenName,
        family_name: m.familyName,
        role: m.role,
        date_of_birth: m.dateOfBirth,
        has_parental_authority: m.hasParentalAuthority ?? false,
        lives_at_home: m.livesAtHome ?? true,
        account_id: m.accountId ?? null,
        created_at: this.startedAt,
      })),
    );
    return ids;
  }

  async network<K extends string>(people: Record<K, DemoNetworkMember>): Promise<Record<K, string>> {
    const ids = idsFor(people);
    await insertRows(
      this.manager,
      'network_member',
      entries(people).map(([key, n], index) => ({
        id: ids[key],
        family_id: this.id,
        name: n.name,
        relation: n.relation,
        phone: n.phone ?? null,
        email: n.email ?? null,
        account_id: n.accountId ?? null,
        // The network is listed in the order it was added; a second apart keeps that order.
        created_at: secondsLater(this.startedAt, index),
      })),
    );
    return ids;
  }

  async involvements<K extends string>(involvements: Record<K, DemoInvolvement>): Promise<Record<K, string>> {
    const ids = idsFor(involvements);
    const organisationOf = await this.organisations(entries(involvements).map(([, i]) => i.accountId));
    await insertRows(
      this.manager,
      'involvement',
      entries(involvements).map(([key, i], index) => ({
        id: ids[key],
        family_id: this.id,
        account_id: i.accountId,
        organisation_id: organisationOf.get(i.accountId),
        task: i.task,
        categories: i.categories,
        member_ids: i.memberIds,
        starts_on: this.calendar.day(i.since),
        ended_at: i.ended?.at ?? null,
        ended_reason: i.ended?.reason ?? null,
        created_at: secondsLater(this.calendar.at(i.since, '09:00'), index),
        created_by_account_id: i.invitedBy,
        // An ended involvement was changed once, by ending it.
        version: i.ended ? 2 : 1,
      })),
    );
    return ids;
  }

  /** A professional works for the family on behalf of their own organisation, as when the regisseur invites them. */
  private async organisations(accountIds: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; organisation_id: string }> = await this.manager.query(
      `SELECT id, organisation_id FROM account WHERE id = ANY($1::uuid[])`,
      [accountIds],
    );
    return new Map(rows.map((row) => [row.id, row.organisation_id]));
  }

  /** Terms oldest first; exactly one must still be running when the transaction commits. */
  async regisseurTerms(terms: DemoRegisseurTerm[]): Promise<void> {
    await insertRows(
      this.manager,
      'regisseur_assignment',
      terms.map((term) => ({
        family_id: this.id,
        involvement_id: term.involvementId,
        started_at: term.startedAt,
        ended_at: term.endedAt ?? null,
        handover_note: term.handoverNote ?? null,
        assigned_by_account_id: term.assignedBy,
      })),
    );
  }

  async consents(consents: DemoConsent[]): Promise<void> {
    const ids = consents.map(() => randomUUID());
    await insertRows(
      this.manager,
      'consent',
      consents.map((c, index) => ({
        id: ids[index],
        family_id: this.id,
        subject_member_id: c.subjectMemberId,
        purpose: c.purpose,
        recipient_involvement_ids: c.recipientInvolvementIds,
        categories: c.categories,
        valid_from: this.calendar.day(c.since),
        valid_until: c.validUntil,
        recorded_at: this.calendar.at(c.since, '11:00'),
        recorded_by_account_id: c.recordedBy,
      })),
    );
    await insertRows(
      this.manager,
      'consent_given',
      consents.flatMap((c, index) =>
        c.givenBy.map((given) => ({
          consent_id: ids[index],
          member_id: given.memberId,
          given_at: this.calendar.at(given.day, '11:00'),
          recorded_by_account_id: c.recordedBy,
        })),
      ),
    );
  }
}

function entries<K extends string, V>(record: Record<K, V>): Array<[K, V]> {
  return Object.entries(record) as Array<[K, V]>;
}

function idsFor<K extends string>(record: Record<K, unknown>): Record<K, string> {
  return Object.fromEntries(Object.keys(record).map((key) => [key, randomUUID()])) as Record<K, string>;
}

function secondsLater(moment: Date, seconds: number): Date {
  return new Date(moment.getTime() + seconds * 1000);
}
