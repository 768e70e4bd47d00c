import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller } from '../auth/caller';
import { Viewer } from '../auth/viewer';
import { PerRequest } from '../common/request-scope';
import { preparedQuery } from '../database/prepared-query';
import { AccessLogEntity } from './access-log.entity';
import { FamilyAccess, involvementIdOf, isRegisseur } from './family-access';

export type AccessAction = 'READ' | 'CREATE' | 'UPDATE' | 'REMOVE' | 'RESPOND' | 'ADOPT' | 'COORDINATE';

/** An attempt the access module refused: what was asked for, and the family behind it when there is one. */
export interface RefusedAttempt {
  /** What was asked for: "family", or the kind of record looked up by id ("planItem", "consent", …). */
  list: string;
  /** The id asked for, when it is an id at all. */
  itemId: string | null;
  /** The family that id belongs to, when it exists; never shown to that family. */
  attemptedFamilyId: string | null;
  /** NOT_FOUND (no relation to the family, or no such id) or FORBIDDEN (a relation, but not this right). */
  answer: 'NOT_FOUND' | 'FORBIDDEN';
}

/** What a GraphQL request adds to each of its lines, known only when the lines are written. */
export interface RequestOrigin {
  requestId: string | null;
  clientAddress: string | null;
}

export interface AccessEvent {
  access: FamilyAccess;
  action: AccessAction;
  /** The list read (e.g. "plan", "plan-version:3"), or null for one item. */
  list?: string;
  itemId?: string;
  /** The family members whose personal data was read or written. */
  memberIds: readonly string[];
}

export interface InvolvementRead {
  familyId: string;
  involvementId: string;
  isRegisseur: boolean;
}

/** The basis recorded with a line: why this person could read or write. */
function basisOf(access: FamilyAccess): Pick<AccessLogEntity, 'basis' | 'consentIds' | 'legalBasisIds'> {
  const consentIds = new Set<string>();
  const legalBasisIds = new Set<string>();
  const grants = [...Object.values(access.grant.categories), ...Object.values(access.grant.agreementCategories)];
  for (const grant of grants) {
    for (const basis of grant?.bases ?? []) {
      if (basis.type === 'CONSENT' || basis.type === 'AGREED_PLAN_SHARED') consentIds.add(basis.consentId);
      if (basis.type === 'LEGAL_BASIS') legalBasisIds.add(basis.legalBasisId);
    }
  }
  const types = {
    PROFESSIONAL: isRegisseur(access) ? 'REGISSEUR' : 'INVOLVEMENT_TASK',
    FAMILY_MEMBER: 'FAMILY_OWN',
    NETWORK_MEMBER: 'NETWORK_ROLE',
    NONE: 'NONE',
  } as const;
  return { basis: types[access.relation.type], consentIds: [...consentIds], legalBasisIds: [...legalBasisIds] };
}

type AccessLogLine = Omit<AccessLogEntity, 'id' | 'at'>;

/**
 * A request's read lines in one statement whose text never changes (the lines travel as one JSON
 * parameter), so that it is prepared once per connection like the reads: TypeORM's insert
 * builds a new text for every number of lines and asks for the generated id and time back.
 */
const INSERT_LINES_SQL = `
  INSERT INTO access_log (account_id, account_kind, involvement_id, family_id, attempted_family_id, member_ids, item_id,
                          list, action, basis, consent_ids, legal_basis_ids, request_id, client_address)
  SELECT "accountId", "accountKind", "involvementId", "familyId", "attemptedFamilyId", "memberIds", "itemId",
         list, action, basis, "consentIds", "legalBasisIds", "requestId", "clientAddress"
    FROM jsonb_to_recordset($1::jsonb) AS line("accountId" uuid, "accountKind" text, "involvementId" uuid, "familyId" uuid,
         "attemptedFamilyId" uuid, "memberIds" uuid[], "itemId" uuid, list text, action text, basis text,
         "consentIds" uuid[], "legalBasisIds" uuid[], "requestId" text, "clientAddress" text)`;

function linesOf(caller: Caller, events: readonly AccessEvent[]): AccessLogLine[] {
  return events.map((event) => ({
    accountId: caller.viewer.accountId,
    accountKind: caller.viewer.kind,
    involvementId: involvementIdOf(event.access),
    familyId: event.access.familyId,
    attemptedFamilyId: null,
    memberIds: [...new Set(event.memberIds)],
    itemId: event.itemId ?? null,
    list: event.list ?? null,
    action: event.action,
    ...basisOf(event.access),
    requestId: caller.requestId,
    clientAddress: caller.clientAddress,
  }));
}

/**
 * Appends to the access log. Writes are logged inside their own transaction
 * (pass its manager), so a change without its log line cannot exist. Reads
 * are collected per request and written in one statement before the answer
 * leaves (`AccessLogFlushPlugin`): if that write fails, the answer is withheld.
 */
@Injectable()
export class AccessLogService {
  /** The reads this request has made, written together before its answer leaves. */
  private readonly pendingReads = new PerRequest<AccessLogLine[]>('pending access-log reads', () => []);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Lines that belong to no family yet, such as signal registrations and look-ups. */
  async recordOutsideFamilies(
    caller: Caller,
    event: { action: AccessAction | 'LOOKUP'; list: string; itemId: string | null; basis: string; attemptedFamilyId?: string | null },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.insert(AccessLogEntity, {
      accountId: caller.viewer.accountId,
      accountKind: caller.viewer.kind,
      involvementId: null,
      familyId: null,
      attemptedFamilyId: event.attemptedFamilyId ?? null,
      memberIds: [],
      itemId: event.itemId,
      list: event.list,
      action: event.action,
      basis: event.basis,
      consentIds: [],
      legalBasisIds: [],
      requestId: caller.requestId,
      clientAddress: caller.clientAddress,
    });
  }

  /**
   * A starter said that a namesake in another active plan (same name and date of birth) is someone
   * else, and entered this member: the platform's investigation can see who decided it and when.
   */
  recordDifferentPerson(caller: Caller, memberId: string, manager: EntityManager): Promise<void> {
    return this.recordOutsideFamilies(
      caller,
      { action: 'CREATE', list: 'existing-plan-different-person', itemId: memberId, basis: 'STARTING_PLAN' },
      manager,
    );
  }

  /** Written now, in the given transaction when there is one. */
  async record(caller: Caller, events: readonly AccessEvent[], manager: EntityManager = this.dataSource.manager) {
    if (events.length === 0) return;
    await manager.insert(AccessLogEntity, linesOf(caller, events));
  }

  /** A read of case data by a GraphQL request: written with the request's other reads before its answer is sent. */
  recordRead(caller: Caller, events: readonly AccessEvent[]): void {
    this.queue(caller.viewer, linesOf(caller, events));
  }

  /**
   * Reads that the involvement itself opens (its role or its task), never a
   * consent or legal basis: the overview's agreements and evaluations.
   */
  recordInvolvementReads(caller: Caller, reads: readonly InvolvementRead[], list: string): void {
    this.queue(
      caller.viewer,
      reads.map((read) => ({
        accountId: caller.viewer.accountId,
        accountKind: caller.viewer.kind,
        involvementId: read.involvementId,
        familyId: read.familyId,
        attemptedFamilyId: null,
        memberIds: [],
        itemId: null,
        list,
        action: 'READ',
        basis: read.isRegisseur ? 'REGISSEUR' : 'INVOLVEMENT_TASK',
        consentIds: [],
        legalBasisIds: [],
        requestId: caller.requestId,
        clientAddress: caller.clientAddress,
      })),
    );
  }

  /**
   * A refused attempt to reach a family or a record of one, queued with the
   * request's reads. It names the family only in `attemptedFamilyId`, so the
   * platform's investigation sees it and the family's own view never does.
   */
  recordRefusal(viewer: Viewer, attempt: RefusedAttempt): void {
    this.queue(viewer, [{
      accountId: viewer.accountId,
      accountKind: viewer.kind,
      involvementId: null,
      familyId: null,
      attemptedFamilyId: attempt.attemptedFamilyId,
      memberIds: [],
      itemId: attempt.itemId,
      list: attempt.list,
      action: 'REFUSED',
      basis: attempt.answer,
      consentIds: [],
      legalBasisIds: [],
      // Filled in from the request when the lines are written: the access module knows only the viewer.
      requestId: null,
      clientAddress: null,
    }]);
  }

  /**
   * Writes the reads (and refusals) recorded for this request, in one statement that commits on
   * its own before the answer leaves.
   */
  async flushReads(viewer: Viewer, origin: RequestOrigin): Promise<void> {
    const pending = this.pendingReads.peek(viewer);
    this.pendingReads.clear(viewer);
    if (!pending || pending.length === 0) return;
    const lines = pending.map((line) => ({
      ...line,
      requestId: line.requestId ?? origin.requestId,
      clientAddress: line.clientAddress ?? origin.clientAddress,
    }));
    await preparedQuery(this.dataSource, INSERT_LINES_SQL, [JSON.stringify(lines)]);
  }

  private queue(viewer: Viewer, lines: AccessLogLine[]): void {
    if (lines.length === 0) return;
    this.pendingReads.of(viewer).push(...lines);
  }
}
