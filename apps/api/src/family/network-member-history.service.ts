import { seesNetworkContactDetails } from '@gezinsplan/access-policy';
import { Injectable } from '@nestjs/common';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccessService } from '../access/family-access.service';
import { FamilyDirectoryService } from '../access/family-directory.service';
import { Caller } from '../auth/caller';
import { columns, Selected } from '../database/typed-sql';
import { changerOf, partyOf } from '../plan/plan-item.mapper';
import { networkMemberNotFound } from './family.exception';
import { networkOutputs } from './family.mapper';
import { NetworkMemberOutput } from './family.output';
import { NetworkMemberVersionOutput } from './network-member-version.output';

const REVISION = columns('network_member_revision', 'r', [
  'version',
  'name',
  'relation',
  'phone',
  'email',
  'replaced_at',
  'replaced_by_account_id',
]);

/**
 * A network member's earlier details ("Eerdere gegevens"), read on demand.
 * Whoever reads the network member reads its earlier names and relations; its
 * earlier phone numbers and e-mail addresses only who sees them today (the rule
 * depends on the reader's relation, not on when the number was written, so
 * then and now agree). Who replaced them is named only when the reader sees
 * that person among who is involved.
 */
@Injectable()
export class NetworkMemberHistoryService {
  constructor(
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly directories: FamilyDirectoryService,
    private readonly accessLog: AccessLogService,
  ) {}

  /** One network member the caller may read; NOT_FOUND alike for an unknown or foreign id. */
  async read(caller: Caller, id: string): Promise<NetworkMemberOutput> {
    const access = await this.families.forRecord(caller.viewer, 'networkMember', id);
    if (!access) throw networkMemberNotFound();
    const person = networkOutputs(await this.directories.load(access), access).find((n) => n.id === id);
    if (!person) throw networkMemberNotFound();
    return person;
  }

  /** Newest first; none for a network member never corrected. */
  async of(caller: Caller, person: NetworkMemberOutput): Promise<NetworkMemberVersionOutput[]> {
    if (person.version <= 1) return [];
    const access = await this.families.require(caller.viewer, person.familyId);
    const [rows, directory] = await Promise.all([
      this.caseData.read<Selected<typeof REVISION>>(
        access,
        `SELECT ${REVISION.sql} FROM network_member_revision r
          WHERE r.network_member_id = $1 AND r.family_id = $2 AND r.version < $3
          ORDER BY r.version DESC`,
        [person.id, person.familyId, person.version],
      ),
      this.directories.load(access),
    ]);
    this.accessLog.recordRead(caller, [{ access, action: 'READ', list: 'network-history', memberIds: [] }]);
    const contact = seesNetworkContactDetails(access.relation);
    return rows.map((row) => {
      const replacer = changerOf(directory, row.replaced_by_account_id, row.replaced_at);
      return {
        version: row.version,
        name: row.name,
        relation: row.relation,
        phone: contact ? row.phone : null,
        email: contact ? row.email : null,
        replacedAt: row.replaced_at,
        replacedBy: replacer ? partyOf(directory, replacer) : null,
      };
    });
  }
}
