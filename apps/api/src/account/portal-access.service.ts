import { PortalAccess, portalAccessOf } from '@gezinsplan/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isRegisseur } from '../access/family-access';
import { FamilyAccessService } from '../access/family-access.service';
import { Viewer } from '../auth/viewer';
import { PerRequest } from '../common/request-scope';
import { FamilyDirectory } from '../access/family-directory';
import { FamilyDirectoryService } from '../access/family-directory.service';

interface AccountState {
  activated: boolean;
  disabled: boolean;
}

/**
 * Whether a family or network member has a portal account, for the regisseur,
 * who invites them; an invitation waiting for the holder of an address that
 * had an account counts as invited. At most one query per family and request, however many people ask.
 */
@Injectable()
export class PortalAccessService {
  /** Per request and family: one query, however many people on the page ask. */
  private readonly states = new PerRequest('portal account states', () => new Map<string, Promise<Map<string, AccountState>>>());

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
  ) {}

  /** Null for everyone but the family's regisseur: whom the regisseur invited is theirs to know. */
  async of(viewer: Viewer, familyId: string, person: { memberId: string } | { networkMemberId: string }): Promise<PortalAccess | null> {
    const access = (await this.families.forFamilies(viewer, [familyId])).get(familyId);
    if (!access || !isRegisseur(access)) return null;
    const directory = await this.directories.load(access);
    const personId = 'memberId' in person ? person.memberId : person.networkMemberId;
    const accountId =
      'memberId' in person
        ? directory.members.find((m) => m.id === personId)?.accountId
        : directory.network.find((n) => n.id === personId)?.accountId;
    // Someone invited at an address that had an account waits under their own id, and reads "invited" like anyone invited.
    return portalAccessOf((await this.accountStates(viewer, directory)).get(accountId ?? personId));
  }

  private accountStates(viewer: Viewer, directory: FamilyDirectory): Promise<Map<string, AccountState>> {
    const perRequest = this.states.of(viewer);
    let states = perRequest.get(directory.familyId);
    if (!states) perRequest.set(directory.familyId, (states = this.query(directory)));
    return states;
  }

  private async query(directory: FamilyDirectory): Promise<Map<string, AccountState>> {
    const accountIds = [...directory.members, ...directory.network].flatMap((person) => (person.accountId ? [person.accountId] : []));
    const rows = (await this.dataSource.query(
      `SELECT id, password_hash IS NOT NULL AS activated, disabled_at IS NOT NULL AS disabled FROM account WHERE id = ANY($1::uuid[])
       UNION ALL
       SELECT coalesce(member_id, network_member_id), false, false FROM portal_link_invitation WHERE family_id = $2 AND linked_at IS NULL`,
      [accountIds, directory.familyId],
    )) as Array<AccountState & { id: string }>;
    return new Map(rows.map(({ id, ...state }) => [id, state]));
  }
}
