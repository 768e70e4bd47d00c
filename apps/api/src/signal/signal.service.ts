import { ageOn, dutchToday, InformationCategory, isValidBsn, SIGNAL_MAXIMUM_AGE, SignalDomain } from '@gezinsplan/domain';
import { FieldProblem } from '@gezinsplan/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AccessLogService } from '../access/access-log.service';
import { CaseData } from '../access/case-data';
import { FamilyAccessService } from '../access/family-access.service';
import { Caller } from '../auth/caller';
import { badUserInput, forbidden } from '../common/errors/api-error';
import { updateReturning } from '../common/update-returning';
import { query, returning } from '../database/typed-sql';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.token';
import { confirmedNamesakes, ExistingPlanService, PersonToPlace, refuseSecondPlans } from '../access/existing-plan.service';
import { bsnProblem, checkMember } from '../family/member-problems';
import { NEW_MEMBER, NEW_MEMBER_ID, newMemberValues } from '../family/new-member';
import { FamilyOutput } from '../family/family.output';
import { Mail, MailService } from '../mail/mail.service';
import { RegisseurHandoverService } from '../involvement/regisseur-handover.service';
import { proposeRegisseur } from './regisseur-rule';
import { alreadySignalled, notYourMatch, regisseurNotConfirmed, signalNotFound } from './signal.exception';
import { RegisterSignalInput, StartPlanFromMatchInput } from './signal.input';
import { matchMail } from './signal-mails';
import { RegisseurProposalOutput, SignalMatchOutput, SignalOutput, SignalSubjectOutput } from './signal.output';

const SUBJECT_ID = returning('signal_subject', ['id']);
const FAMILY_ID = returning('family', ['id']);
const MEMBER_ID = returning('family_member', ['id']);
const INVOLVEMENT_ID = returning('involvement', ['id']);

const ACTIVE = `s.ended_at IS NULL AND s.expires_at > now()`;

const SIGNAL_COLUMNS = `s.id, s.subject_id AS "subjectId", a.display_name AS "professionalName",
  o.name AS "organisationName", o.type AS "organisationType", s.domain, s.contact_phone AS "contactPhone",
  s.contact_email AS "contactEmail", s.registered_at AS "registeredAt", s.expires_at AS "expiresAt",
  s.account_id = $1 AS mine, s.family_id AS "familyId"`;

/** A young person as one signal registered them: each professional sees only their own registration's details. */
const SUBJECT_COLUMNS = `s.subject_id AS id, s.given_name AS "givenName", s.family_name AS "familyName",
  to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth",
  s.street || ' ' || s.house_number || ', ' || substr(s.postcode, 1, 4) || ' ' || substr(s.postcode, 5) || ' ' || s.city AS address`;

/** Another signal on a sibling of the young person of signal \`me\`: the address that professional registered, and a shared parent. */
const SIBLING_OF_ME = `s.subject_id <> me.subject_id AND s.postcode = me.postcode AND s.house_number = me.house_number
  AND s.parent_bsns && me.parent_bsns`;

/** Which plan categories a signal's domain brings into the involvement it becomes. */
const CATEGORIES_OF_DOMAIN: Record<SignalDomain, InformationCategory> = {
  EDUCATION: 'SCHOOL',
  YOUTH_CARE: 'GENERAL',
  MENTAL_HEALTH: 'MENTAL_HEALTH',
  ADDICTION: 'ADDICTION',
  SAFETY: 'SAFETY',
  POLICE_JUSTICE: 'POLICE_JUSTICE',
  HEALTH: 'GENERAL',
  FINANCES_HOUSING: 'FINANCES',
};

const DOMAIN_LABELS: Record<SignalDomain, string> = {
  EDUCATION: 'onderwijs',
  YOUTH_CARE: 'jeugdhulp',
  MENTAL_HEALTH: 'geestelijke gezondheid',
  ADDICTION: 'verslaving',
  SAFETY: 'veiligheid',
  POLICE_JUSTICE: 'politie en justitie',
  HEALTH: 'gezondheid',
  FINANCES_HOUSING: 'financiën en wonen',
};

type SignalRow = SignalOutput & { accountId?: string };

/**
 * Signals and matches (domain.md section 6). A professional sees a young
 * person's signals only through a signal of their own; any other look-up
 * answers nothing, so nobody learns whether someone else is worried.
 */
@Injectable()
export class SignalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accessLog: AccessLogService,
    private readonly caseData: CaseData,
    private readonly families: FamilyAccessService,
    private readonly mail: MailService,
    private readonly existingPlans: ExistingPlanService,
    private readonly handovers: RegisseurHandoverService,
  ) {}

  async register(caller: Caller, input: RegisterSignalInput): Promise<SignalMatchOutput> {
    const { viewer } = caller;
    if (!viewer.organisationId) throw forbidden('Only professionals register signals.');
    const problems = this.check(input);
    if (problems.length > 0) throw badUserInput(problems);
    const mails: Mail[] = [];
    const subjectId = await this.dataSource.transaction(async (manager) => {
      // The register row holds only the BSN; the details stay with this signal, so no registration changes what others see.
      const [subject] = await query(
        manager,
        SUBJECT_ID,
        `INSERT INTO signal_subject (bsn) VALUES ($1) ON CONFLICT (bsn) DO UPDATE SET bsn = excluded.bsn RETURNING ${SUBJECT_ID.sql}`,
        [input.bsn],
      );
      const [own] = await manager.query<unknown[]>(`SELECT 1 FROM signal s WHERE s.subject_id = $1 AND s.account_id = $2 AND ${ACTIVE}`, [
        subject.id,
        viewer.accountId,
      ]);
      if (own) throw alreadySignalled();
      // An expired signal still holds its row; end it so the one-active-signal index admits the new one.
      await manager.query(
        `UPDATE signal SET ended_at = expires_at, ended_reason = 'EXPIRED'
          WHERE subject_id = $1 AND account_id = $2 AND ended_at IS NULL AND expires_at <= now()`,
        [subject.id, viewer.accountId],
      );
      await manager.query(
        `INSERT INTO signal (subject_id, account_id, organisation_id, domain, contact_name, contact_phone, contact_email,
           informed_at, not_informed_reason, expires_at,
           given_name, family_name, date_of_birth, street, house_number, postcode, city, parent_bsns)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() + make_interval(months => $10), $11, $12, $13, $14, $15, $16, $17, $18)`,
        [subject.id, viewer.accountId, viewer.organisationId, input.domain, viewer.displayName, input.contactPhone,
          viewer.email, input.informedAt ?? null, input.notInformedReason?.trim() ?? null, this.config.signals.lifetimeMonths,
          input.givenName, input.familyName, input.dateOfBirth, input.street, input.houseNumber, input.postcode, input.city,
          [...new Set(input.parentBsns)]],
      );
      await this.accessLog.recordOutsideFamilies(caller, { action: 'CREATE', list: 'signal', itemId: subject.id, basis: 'SIGNAL_OWN' }, manager);
      mails.push(...(await this.notifyMatch(manager, viewer.accountId, subject.id)));
      return subject.id;
    });
    await this.mail.send(mails);
    const [match] = await this.matches(caller, [subjectId]);
    return match;
  }

  async withdraw(caller: Caller, signalId: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const ended = await updateReturning<{ subject_id: string }>(
        manager,
        `UPDATE signal s SET ended_at = now(), ended_reason = 'WITHDRAWN'
          WHERE s.id = $1 AND s.account_id = $2 AND s.ended_at IS NULL RETURNING s.subject_id`,
        [signalId, caller.viewer.accountId],
      );
      if (ended.length === 0) throw signalNotFound();
      await this.accessLog.recordOutsideFamilies(caller, { action: 'REMOVE', list: 'signal', itemId: ended[0].subject_id, basis: 'SIGNAL_OWN' }, manager);
      return true;
    });
  }

  /** My active signals, each with everyone else's on the same young person and on siblings. */
  async myMatches(caller: Caller): Promise<SignalMatchOutput[]> {
    const subjects = (await this.dataSource.query(
      `SELECT s.subject_id FROM signal s WHERE s.account_id = $1 AND ${ACTIVE} ORDER BY s.registered_at`,
      [caller.viewer.accountId],
    )) as Array<{ subject_id: string }>;
    return this.matches(caller, subjects.map((s) => s.subject_id));
  }

  /** A look-up by BSN answers only through one's own active signal, and always leaves a log line. */
  async lookUp(caller: Caller, bsn: string): Promise<SignalMatchOutput | null> {
    const problem = bsnProblem(bsn.trim(), 'bsn');
    if (problem) throw badUserInput([problem]);
    const [own] = (await this.dataSource.query(
      `SELECT j.id FROM signal_subject j JOIN signal s ON s.subject_id = j.id
        WHERE j.bsn = $2 AND s.account_id = $1 AND ${ACTIVE}`,
      [caller.viewer.accountId, bsn.trim()],
    )) as Array<{ id: string }>;
    await this.accessLog.recordOutsideFamilies(caller, {
      action: 'LOOKUP',
      list: own ? 'signal-lookup' : 'signal-lookup-refused',
      itemId: own?.id ?? null,
      basis: own ? 'SIGNAL_OWN' : 'NONE',
    });
    if (!own) return null;
    const [match] = await this.matches(caller, [own.id]);
    return match;
  }

  async proposeRegisseur(caller: Caller, subjectIds: readonly string[]): Promise<RegisseurProposalOutput> {
    const signals = await this.signalsForPlan(caller, subjectIds);
    const proposal = proposeRegisseur(signals, this.config.signals.regisseurPriority);
    if (!proposal) throw notYourMatch();
    const order = this.config.signals.regisseurPriority.join(', ');
    return {
      signal: proposal,
      reason: `Rule: organisation types in the order ${order}, then anyone else; within one type the earliest signal.`,
    };
  }

  /** From match to plan: the family, its members, an involvement per signalling professional, and the confirmed regisseur. */
  async startPlan(caller: Caller, input: StartPlanFromMatchInput): Promise<FamilyOutput> {
    if (!input.regisseurConfirmed) throw regisseurNotConfirmed();
    const signals = await this.signalsForPlan(caller, input.subjectIds);
    const regisseur = signals.find((s) => s.id === input.regisseurSignalId);
    if (!regisseur) {
      throw badUserInput([{ field: 'regisseurSignalId', message: 'must be one of the active signals on these young people' }]);
    }
    const youngPeople = (await this.youngPeopleToPlace(caller, input.subjectIds)).map((p, index) => ({ ...p, field: `subjectIds.${index}` }));
    const others = input.otherMembers.map((m, index) => ({ ...m, field: `otherMembers.${index}` }));
    const problems = others.flatMap((m) => checkMember(m, m.field));
    if (problems.length > 0) throw badUserInput(problems);
    const people = [...youngPeople, ...others];
    const found = await this.existingPlans.find(people);
    refuseSecondPlans(people, found);
    const namesakes = confirmedNamesakes(people, found);
    const familyId = await this.caseData.startFamily(caller.viewer, async (manager) => {
      const [family] = await query(
        manager,
        FAMILY_ID,
        `INSERT INTO family (name, created_by_account_id) VALUES ($1, $2) RETURNING ${FAMILY_ID.sql}`,
        [input.familyName.trim(), caller.viewer.accountId],
      );
      const memberOfSubject = new Map<string, string>();
      for (const subjectId of input.subjectIds) {
        const [member] = await query(
          manager,
          MEMBER_ID,
          // As the starter registered the young person; a sibling they did not signal, as its earliest signal did.
          // The BSN comes along, so the database can refuse a second active plan for this young person.
          `INSERT INTO family_member (family_id, given_name, family_name, role, date_of_birth, bsn)
           SELECT $1, s.given_name, s.family_name, 'CHILD', s.date_of_birth, j.bsn FROM signal s JOIN signal_subject j ON j.id = s.subject_id
            WHERE s.subject_id = $2 AND ${ACTIVE} ORDER BY s.account_id = $3 DESC, s.registered_at LIMIT 1
           RETURNING ${MEMBER_ID.sql}`,
          [family.id, subjectId, caller.viewer.accountId],
        );
        memberOfSubject.set(subjectId, member.id);
      }
      for (const m of others) {
        const [member] = await query(manager, NEW_MEMBER_ID, NEW_MEMBER, [family.id, ...newMemberValues(m)]);
        if (namesakes.includes(m)) await this.accessLog.recordDifferentPerson(caller, member.id, manager);
      }
      let proposedInvolvementId: string | null = null;
      const byAccount = new Map<string, SignalRow[]>();
      for (const signal of signals) byAccount.set(signal.accountId ?? '', [...(byAccount.get(signal.accountId ?? '') ?? []), signal]);
      // The starter is regisseur until the confirmed one accepts (issue 12, item 5): a proposal, not the role.
      const proposedAccountId = regisseur.accountId === caller.viewer.accountId ? null : regisseur.accountId;
      for (const [accountId, own] of byAccount) {
        const isRegisseur = accountId === caller.viewer.accountId;
        const categories = new Set<InformationCategory>(['GENERAL', ...own.map((s) => CATEGORIES_OF_DOMAIN[s.domain])]);
        if (isRegisseur) categories.add('SAFETY');
        const [involvement] = await query(
          manager,
          INVOLVEMENT_ID,
          `INSERT INTO involvement (family_id, account_id, organisation_id, task, categories, member_ids, created_by_account_id)
           SELECT $1, a.id, a.organisation_id, $3, $4, $5, $6 FROM account a WHERE a.id = $2 RETURNING ${INVOLVEMENT_ID.sql}`,
          [family.id, accountId, `Signaal: ${[...new Set(own.map((s) => DOMAIN_LABELS[s.domain]))].join(', ')}`, [...categories],
            own.map((s) => memberOfSubject.get(s.subjectId)), caller.viewer.accountId],
        );
        if (isRegisseur) {
          await manager.query(
            `INSERT INTO regisseur_assignment (family_id, involvement_id, assigned_by_account_id) VALUES ($1, $2, $3)`,
            [family.id, involvement.id, caller.viewer.accountId],
          );
        } else if (accountId === proposedAccountId) {
          proposedInvolvementId = involvement.id;
        }
      }
      if (proposedInvolvementId) {
        await this.handovers.insertProposal(manager, {
          familyId: family.id,
          toInvolvementId: proposedInvolvementId,
          note: null,
          proposerAccountId: caller.viewer.accountId,
        });
      }
      await manager.query(`UPDATE signal SET family_id = $1 WHERE id = ANY($2::uuid[])`, [family.id, signals.map((s) => s.id)]);
      await this.accessLog.recordOutsideFamilies(caller, { action: 'CREATE', list: 'family-from-match', itemId: family.id, basis: 'SIGNAL_OWN' }, manager);
      return family.id;
    });
    const access = await this.families.require(caller.viewer, familyId);
    const [family] = await this.caseData.read<FamilyOutput>(
      access,
      `SELECT id, name, last_plan_change_at AS "lastPlanChangeAt", closed_at AS "closedAt" FROM family WHERE id = $1`,
      [familyId],
    );
    return family;
  }

  /** The young people of a plan from a match, as they will be entered: the starter's own registration first, with the BSN. */
  private async youngPeopleToPlace(caller: Caller, subjectIds: readonly string[]): Promise<Array<PersonToPlace & { id: string }>> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (s.subject_id) s.subject_id AS id, s.given_name AS "givenName", s.family_name AS "familyName",
              to_char(s.date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", j.bsn
         FROM signal s JOIN signal_subject j ON j.id = s.subject_id
        WHERE s.subject_id = ANY($1::uuid[]) AND ${ACTIVE}
        ORDER BY s.subject_id, s.account_id = $2 DESC, s.registered_at`,
      [subjectIds, caller.viewer.accountId],
    )) as Array<PersonToPlace & { id: string }>;
    return subjectIds.flatMap((id) => rows.filter((row) => row.id === id));
  }

  private check(input: RegisterSignalInput): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const bsn = bsnProblem(input.bsn, 'bsn');
    if (bsn) problems.push(bsn);
    if (input.parentBsns.some((bsn) => !isValidBsn(bsn))) {
      problems.push({ field: 'parentBsns', message: 'contains a number that is not a valid BSN' });
    }
    const today = dutchToday();
    if (input.dateOfBirth > today) problems.push({ field: 'dateOfBirth', message: 'lies in the future' });
    else if (ageOn(input.dateOfBirth, today) > SIGNAL_MAXIMUM_AGE) {
      problems.push({ field: 'dateOfBirth', message: 'signals are for young people under 23' });
    }
    if (!input.informedAt && !input.notInformedReason?.trim()) {
      problems.push({ field: 'notInformedReason', message: 'say when the young person or parents were told, or why not yet' });
    }
    return problems;
  }

  /** The active signals on these young people, if each is the caller's own or a sibling of one. */
  private async signalsForPlan(caller: Caller, subjectIds: readonly string[]): Promise<SignalRow[]> {
    const reachable = new Set<string>();
    for (const match of await this.myMatches(caller)) {
      reachable.add(match.subject.id);
      match.siblings.forEach((sibling) => reachable.add(sibling.id));
    }
    if (subjectIds.length === 0 || subjectIds.some((id) => !reachable.has(id))) throw notYourMatch();
    return this.dataSource.query(
      `SELECT ${SIGNAL_COLUMNS}, s.account_id AS "accountId" FROM signal s
         JOIN account a ON a.id = s.account_id JOIN organisation o ON o.id = s.organisation_id
        WHERE s.subject_id = ANY($2::uuid[]) AND ${ACTIVE} ORDER BY s.registered_at`,
      [caller.viewer.accountId, subjectIds],
    );
  }

  /**
   * The caller's matches: each young person as the caller registered them, everyone's signals on
   * them (who, where to reach them; never what others registered), and siblings found through
   * the caller's own registration, known by the name and date of birth their signal gives.
   */
  private async matches(caller: Caller, subjectIds: readonly string[]): Promise<SignalMatchOutput[]> {
    if (subjectIds.length === 0) return [];
    const me = caller.viewer.accountId;
    const [subjects, siblings] = await Promise.all([
      this.dataSource.query(
        `SELECT ${SUBJECT_COLUMNS} FROM signal s WHERE s.subject_id = ANY($1::uuid[]) AND s.account_id = $2 AND ${ACTIVE}`,
        [subjectIds, me],
      ) as Promise<SignalSubjectOutput[]>,
      this.dataSource.query(
        `SELECT DISTINCT ON (s.subject_id, me.subject_id) me.subject_id AS "of", ${SUBJECT_COLUMNS}
           FROM signal me JOIN signal s ON ${SIBLING_OF_ME} AND ${ACTIVE}
          WHERE me.subject_id = ANY($1::uuid[]) AND me.account_id = $2 AND me.ended_at IS NULL AND me.expires_at > now()
          ORDER BY s.subject_id, me.subject_id, s.registered_at`,
        [subjectIds, me],
      ) as Promise<Array<SignalSubjectOutput & { of: string }>>,
    ]);
    const signals = (await this.dataSource.query(
      `SELECT ${SIGNAL_COLUMNS} FROM signal s
         JOIN account a ON a.id = s.account_id JOIN organisation o ON o.id = s.organisation_id
        WHERE ${ACTIVE} AND s.subject_id = ANY($2::uuid[])
        ORDER BY s.registered_at`,
      [me, [...new Set([...subjects.map((j) => j.id), ...siblings.map((j) => j.id)])]],
    )) as SignalOutput[];
    const youngPeople = await this.youngPeopleToPlace(caller, subjects.map((s) => s.id));
    const plans = await this.existingPlans.find(youngPeople);
    return subjectIds.flatMap((id) => {
      const subject = subjects.find((s) => s.id === id);
      if (!subject) return [];
      const existing = youngPeople.findIndex((p) => p.id === id);
      const own = signals.filter((s) => s.subjectId === id);
      // The address is the caller's own (the sibling was found by it); only name and date of birth come from the sibling's signal.
      const mySiblings = siblings.filter((s) => s.of === id).map(({ of: _of, ...sibling }) => ({ ...sibling, address: subject.address }));
      const siblingSignals = signals.filter((s) => mySiblings.some((sibling) => sibling.id === s.subjectId));
      return [{
        subject,
        signals: own,
        siblings: mySiblings,
        siblingSignals,
        isMatch: own.some((s) => !s.mine) || siblingSignals.some((s) => !s.mine),
        // Only the BSN is certain: a namesake's plan must not stop a new one (the starter is warned of those when starting).
        existingPlan: plans.get(existing)?.matchedBy === 'BSN' ? (plans.get(existing) ?? null) : null,
      }];
    });
  }

  /** Tells everyone on a new match, in the platform and by e-mail (sent after commit), each about the young person as they registered them. */
  private async notifyMatch(manager: EntityManager, newAccountId: string, subjectId: string): Promise<Mail[]> {
    const parties = (await manager.query(
      `SELECT s.account_id AS "accountId", s.contact_email AS email, a.display_name AS "professionalName",
              o.name AS "organisationName", s.contact_phone AS "contactPhone", s.domain, s.registered_at AS "registeredAt",
              left(s.given_name, 1) || '. ' || left(s.family_name, 1) || '.' AS initials, to_char(s.date_of_birth, 'DD-MM-YYYY') AS born
         FROM signal s JOIN account a ON a.id = s.account_id JOIN organisation o ON o.id = s.organisation_id
        WHERE s.subject_id = $1 AND ${ACTIVE}`,
      [subjectId],
    )) as Array<{
      accountId: string; email: string; professionalName: string; organisationName: string; contactPhone: string;
      domain: SignalDomain; registeredAt: Date; initials: string; born: string;
    }>;
    if (parties.length < 2) return [];
    const withLabels = parties.map((p) => ({ ...p, domainLabel: DOMAIN_LABELS[p.domain] }));
    const newcomer = withLabels.find((p) => p.accountId === newAccountId);
    const mails: Mail[] = [];
    for (const party of withLabels) {
      const others = party.accountId === newAccountId ? withLabels.filter((p) => p !== party) : newcomer ? [newcomer] : [];
      if (others.length === 0) continue;
      const youngPerson = `de jongere ${party.initials}, geboren ${party.born}`;
      await manager.query(
        `INSERT INTO notification (account_id, kind, subject_id, message) VALUES ($1, 'SIGNAL_MATCH', $2, $3)`,
        [party.accountId, subjectId, `Match voor ${youngPerson}: ${others.map((o) => `${o.professionalName} (${o.organisationName})`).join(', ')}`],
      );
      mails.push(matchMail(party, others, youngPerson));
    }
    return mails;
  }
}
