import { AccountKind } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller } from '../auth/caller';
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
    return this.dataSource.query(
      `SELECT l.id, l.at, a.display_name AS "accountName", l.account_kind AS "accountKind",
              o.name AS "organisationName", l.action, l.list, l.item_id AS "itemId", l.basis,
              l.consent_ids AS "consentIds", l.legal_basis_ids AS "legalBasisIds"
         FROM access_log l
         JOIN account a ON a.id = l.account_id
         LEFT JOIN organisation o ON o.id = a.organisation_id
        WHERE l.family_id = $1
          AND (l.involvement_id IS NULL OR NOT l.involvement_id = ANY($3::uuid[]))
          AND (l.item_id IS NULL OR NOT l.item_id = ANY($4::uuid[]))
          AND ($5::boolean OR l.account_id = $6 OR l.member_ids && $7::uuid[]
               OR ($8::boolean AND cardinality(l.member_ids) = 0))
        ORDER BY l.at DESC, l.id DESC
        LIMIT $2`,
      [
        familyId,
        page,
        access.grant.hiddenInvolvementIds,
        isRegisseur(access) ? [] : untold,
        scope === null,
        caller.viewer.accountId,
        scope?.memberIds ?? [],
        scope?.familyWide ?? false,
      ],
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
