import { AccountKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/caller';
import { SqlParams } from '../common/sql-params';
import { accessLevelSql } from '../plan/plan-item-access.sql';
import { badUserInput, forbidden } from '../common/errors/api-error';
import { AccessLogEntryOutput, AccessLogMetadataOutput } from './access-log.output';
import { AccessLogService } from './access-log.service';
import { isRegisseur } from './family-access';
import { FamilyAccessService } from './family-access.service';

const PAGE_LIMIT = 200;

/** A page of 1 to PAGE_LIMIT lines; anything else is a mistake the caller should hear about, not a silent clamp. */
function pageLimit(limit: number): number {
  if (limit < 1 || limit > PAGE_LIMIT) throw badUserInput([{ field: 'limit', message: `must be between 1 and ${PAGE_LIMIT}` }]);
  return limit;
}

/** Reading the access log: the family and its regisseur see who looked; administrators only metadata. */
@Injectable()
export class AccessLogQueryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly families: FamilyAccessService,
    private readonly accessLog: AccessLogService,
  ) {}

  async forFamily(caller: Caller, familyId: string, limit: number): Promise<AccessLogEntryOutput[]> {
    const page = pageLimit(limit);
    const access = await this.families.require(caller.viewer, familyId);
    if (!isRegisseur(access) && access.relation.type !== 'FAMILY_MEMBER') {
      this.families.refuse(access, 'access-log');
      throw forbidden('The access log is for the family and its regisseur.');
    }
    // Looking at who looked is itself an access: it is logged too.
    await this.accessLog.record(caller, [{ access, action: 'READ', list: 'access-log', memberIds: [] }]);
    // What the family is told afterwards stays out of its log until it is told: the
    // involvement's own lines, and the regisseur's lines about inviting it and recording that legal basis.
    const scope = access.grant.logScope;
    const awaiting = access.facts.legalBases.filter((basis) => basis.awaitingFamilyTold).map((basis) => basis.id);
    const untold = [...awaiting, ...access.grant.hiddenInvolvementIds];
    const params = new SqlParams();
    const [family, pageSize, hiddenInvolvements, untoldItems, seesAll, self, scopeMembers, scopeFamilyWide] = [
      familyId,
      page,
      access.grant.hiddenInvolvementIds,
      isRegisseur(access) ? [] : untold,
      scope === null,
      caller.viewer.accountId,
      scope?.memberIds ?? [],
      scope?.familyWide ?? false,
    ].map((value) => params.add(value));
    // A line about a plan item the reader may not read now (withheld from the family, say) would name
    // that item: it stays out, judged by the same rule as the item itself. The regisseur reads every line.
    const unreadableItem = isRegisseur(access)
      ? 'FALSE'
      : `EXISTS (SELECT 1 FROM plan_item p WHERE p.id = l.item_id AND p.family_id = l.family_id
                   AND ${accessLevelSql('p', access.grant, params)} = 'HIDDEN')`;
    return this.dataSource.query(
      `SELECT l.id, l.at, a.display_name AS "accountName", l.account_kind AS "accountKind",
              o.name AS "organisationName", l.action, l.list, l.item_id AS "itemId", l.basis,
              l.consent_ids AS "consentIds", l.legal_basis_ids AS "legalBasisIds"
         FROM access_log l
         JOIN account a ON a.id = l.account_id
         LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE l.family_id = ${family}
          AND (l.involvement_id IS NULL OR NOT l.involvement_id = ANY(${hiddenInvolvements}::uuid[]))
          AND (l.item_id IS NULL OR NOT l.item_id = ANY(${untoldItems}::uuid[]))
          AND (${seesAll}::boolean OR l.account_id = ${self} OR l.member_ids && ${scopeMembers}::uuid[]
               OR (${scopeFamilyWide}::boolean AND cardinality(l.member_ids) = 0))
          AND NOT (l.item_id IS NOT NULL AND ${unreadableItem})
        ORDER BY l.at DESC, l.id DESC
        LIMIT ${pageSize}`,
      params.values,
    );
  }

  /** Investigation: lines by account or family, no content; an organisation administrator sees only their organisation's accounts. */
  async investigate(
    caller: Caller,
    filter: { accountId?: string; familyId?: string; limit: number },
  ): Promise<AccessLogMetadataOutput[]> {
    const page = pageLimit(filter.limit);
    const { viewer } = caller;
    const ownOrganisation = viewer.kind === AccountKind.OrganisationAdmin ? viewer.organisationId : null;
    return this.dataSource.query(
      `SELECT l.id, l.at, l.account_id AS "accountId", l.account_kind AS "accountKind",
              coalesce(l.family_id, l.attempted_family_id) AS "familyId",
              l.action, l.basis, l.list, l.request_id AS "requestId", l.client_address AS "clientAddress"
         FROM access_log l JOIN account a ON a.id = l.account_id
        WHERE ($1::uuid IS NULL OR l.account_id = $1)
          AND ($2::uuid IS NULL OR l.family_id = $2 OR l.attempted_family_id = $2)
          AND ($3::uuid IS NULL OR a.organisation_id = $3)
        ORDER BY l.at DESC, l.id DESC
        LIMIT $4`,
      [filter.accountId ?? null, filter.familyId ?? null, ownOrganisation, page],
    );
  }
}
