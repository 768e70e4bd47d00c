import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, PLAN } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id effective requiredConsenterIds givenBy { memberId } } }`;
const WITHDRAW = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id effective withdrawnAt } }`;
const RECORD_BASIS = `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id kind familyInformedAt informingDelayReason } }`;
const REQUIREMENTS = `query ($id: ID!) { family(id: $id) { consentRequirements { memberId requiredConsenterIds rule } } }`;
const ACCESS_LOG = `query ($id: ID!) { family(id: $id) { accessLog { accountName action list basis } } }`;
const LEGAL_BASES = `query ($id: ID!) { family(id: $id) { legalBases { kind purpose familyInformedAt } } }`;

interface Family {
  id: string;
  members: Array<{ id: string; givenName: string }>;
}

async function planOf(session: GraphQLSession, familyId: string): Promise<ItemResult[]> {
  return (await session.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId })).family.plan;
}

describe('need-to-know in practice', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function professional(type: string, name: string) {
    const organisation = await ctx.newOrganisation({ name, type: type as never });
    const account = await ctx.newAccount({ organisation, displayName: `${name} medewerker` });
    return { ...account, session: await ctx.signIn(account) };
  }

  describe('scenario 4: sixteen', () => {
    let family: Family;
    let regisseur: Awaited<ReturnType<typeof professional>>;
    let ggz: Awaited<ReturnType<typeof professional>>;
    let treatment: ItemResult;
    const member = (name: string) => family.members.find((m) => m.givenName === name)!.id;

    beforeAll(async () => {
      regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam');
      ggz = await professional('YOUTH_MENTAL_HEALTH', 'Jeugd-GGZ');
      ({ createFamily: family } = await regisseur.session.data<{ createFamily: Family }>(CREATE_FAMILY, {
        input: {
          name: 'Gezin Kaya',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Ayse', familyName: 'Kaya', role: 'PARENT', dateOfBirth: '1980-04-04', hasParentalAuthority: true },
            { givenName: 'Emre', familyName: 'Kaya', role: 'CHILD', dateOfBirth: '2010-01-15' },
          ],
        },
      }));
      await regisseur.session.data(INVITE, {
        input: { familyId: family.id, professionalEmail: ggz.email, task: 'Behandeling Emre', categories: ['MENTAL_HEALTH'], memberIds: [member('Emre')] },
      });
      ({ addPlanItem: treatment } = await ggz.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', text: 'Tweede gesprek: Emre praat over school.', aboutMemberIds: [member('Emre')] },
      }));
    });

    it('computes that only Emre himself must consent', async () => {
      const { family: seen } = await regisseur.session.data<{ family: { consentRequirements: Array<{ memberId: string; requiredConsenterIds: string[]; rule: string }> } }>(REQUIREMENTS, { id: family.id });
      expect(seen.consentRequirements).toContainEqual({ memberId: member('Emre'), requiredConsenterIds: [member('Emre')], rule: 'FROM_16' });
    });

    it('shows the parents that youth mental health is involved, but not the content', async () => {
      const mother = await ctx.signIn(await ctx.linkAccount({ memberId: member('Ayse') }));
      const { family: seen } = await mother.data<{ family: { involvements: Array<{ organisationName: string; task: string }> } }>(
        `query ($id: ID!) { family(id: $id) { involvements { organisationName task } } }`,
        { id: family.id },
      );
      expect(seen.involvements.map((i) => i.organisationName)).toContain('Jeugd-GGZ');
      expect((await planOf(mother, family.id)).map((i) => i.id)).not.toContain(treatment.id);
    });

    it('lets the parents read about him only with his own consent, and not after he withdraws it', async () => {
      const mother = await ctx.signIn(await ctx.linkAccount({ memberId: member('Ayse') }));
      // Emre makes an agreement with the regisseur that his mother may see.
      const { recordConsent } = await regisseur.session.data<{ recordConsent: { id: string; effective: boolean } }>(RECORD_CONSENT, {
        input: { familyId: family.id, subjectMemberId: member('Emre'), purpose: 'INFORM_FAMILY', givenByMemberIds: [member('Ayse')] },
      });
      expect(recordConsent.effective).toBe(false);
      expect((await planOf(mother, family.id)).map((i) => i.id)).not.toContain(treatment.id);

      const { recordConsent: his } = await regisseur.session.data<{ recordConsent: { id: string; effective: boolean } }>(RECORD_CONSENT, {
        input: { familyId: family.id, subjectMemberId: member('Emre'), purpose: 'INFORM_FAMILY', givenByMemberIds: [member('Emre')] },
      });
      expect(his.effective).toBe(true);
      expect((await planOf(mother, family.id)).map((i) => i.id)).toContain(treatment.id);

      const emre = await ctx.signIn(await ctx.linkAccount({ memberId: member('Emre') }));
      const { withdrawConsent } = await emre.data<{ withdrawConsent: { effective: boolean; withdrawnAt: string } }>(WITHDRAW, {
        input: { consentId: his.id, note: 'Ik wil dit toch zelf houden.' },
      });
      expect(withdrawConsent).toMatchObject({ effective: false, withdrawnAt: expect.any(String) });
      expect((await planOf(mother, family.id)).map((i) => i.id)).not.toContain(treatment.id);
    });

    it('does not show a parent his consent, let alone let her withdraw it', async () => {
      const mother = await ctx.signIn(await ctx.linkAccount({ memberId: member('Ayse') }));
      const { recordConsent: his } = await regisseur.session.data<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
        input: { familyId: family.id, subjectMemberId: member('Emre'), purpose: 'INFORM_FAMILY', givenByMemberIds: [member('Emre')] },
      });
      expect(await mother.errorCode(WITHDRAW, { input: { consentId: his.id } })).toBe(ErrorCode.NotFound);
    });
  });

  describe('scenario 5: court supervision', () => {
    it('gives the family guardian what the supervision order covers, without the parents’ consent, with the parents told', async () => {
      const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Zuid');
      const guardian = await professional('YOUTH_PROTECTION', 'Jeugdbescherming');
      const school = await professional('SCHOOL', 'Basisschool');
      const { createFamily: family } = await regisseur.session.data<{ createFamily: Family }>(CREATE_FAMILY, {
        input: {
          name: 'Gezin Visser',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Linda', familyName: 'Visser', role: 'PARENT', dateOfBirth: '1992-02-02', hasParentalAuthority: true },
            { givenName: 'Tim', familyName: 'Visser', role: 'CHILD', dateOfBirth: '2018-08-08' },
          ],
        },
      });
      const tim = family.members.find((m) => m.givenName === 'Tim')!.id;
      const { inviteInvolvement: guardianInvolvement } = await regisseur.session.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId: family.id, professionalEmail: guardian.email, task: 'Gezinsvoogdij (OTS)', categories: ['GENERAL', 'SCHOOL'], memberIds: [tim] },
      });
      await regisseur.session.data(INVITE, {
        input: { familyId: family.id, professionalEmail: school.email, task: 'Aanwezigheid Tim', categories: ['SCHOOL'], memberIds: [tim] },
      });
      const { addPlanItem: missed } = await school.session.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
        input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'SCHOOL', text: 'Ouders kwamen voor de derde keer niet naar het oudergesprek.', aboutMemberIds: [tim] },
      });
      expect((await planOf(guardian.session, family.id)).find((i) => i.id === missed.id)?.access).toBe('REDACTED');

      const steps = {
        purpose: 'De gezinsvoogd moet kunnen zien of de ouders de afspraken rond Tim nakomen.',
        necessaryInformation: 'Alleen aanwezigheid bij gesprekken over Tim op school, geen inhoud van de gesprekken.',
        proportionality: 'Beperkt tot schoolinformatie over Tim, zolang de OTS loopt.',
        subsidiarity: 'De ouders geven de informatie zelf niet; anoniem delen helpt de voogd niet.',
        professionalSecrecy: 'De school heeft geen beroepsgeheim dat zich hiertegen verzet; OTS art. 1:262 BW.',
      };
      const withoutReason = await regisseur.session.request(RECORD_BASIS, {
        input: { familyId: family.id, kind: 'SUPERVISION_ORDER', recipientInvolvementId: guardianInvolvement, subjectMemberIds: [tim], categories: ['SCHOOL'], ...steps },
      });
      expect(withoutReason.errors?.[0].extensions?.['fields']).toEqual([
        { field: 'informingDelayReason', message: 'the family is told before sharing; if that is not possible, explain why' },
      ]);
      const { recordLegalBasis } = await regisseur.session.data<{ recordLegalBasis: { kind: string; familyInformedAt: string } }>(RECORD_BASIS, {
        input: {
          familyId: family.id,
          kind: 'SUPERVISION_ORDER',
          reference: 'C/16/123456 / JE RK 26-100',
          recipientInvolvementId: guardianInvolvement,
          subjectMemberIds: [tim],
          categories: ['SCHOOL'],
          familyInformedAt: new Date(Date.now() - 3_600_000).toISOString(),
          ...steps,
        },
      });
      expect(recordLegalBasis.kind).toBe('SUPERVISION_ORDER');

      expect((await planOf(guardian.session, family.id)).find((i) => i.id === missed.id)).toMatchObject({
        access: 'FULL',
        text: 'Ouders kwamen voor de derde keer niet naar het oudergesprek.',
      });
      const linda = await ctx.signIn(await ctx.linkAccount({ memberId: family.members.find((m) => m.givenName === 'Linda')!.id }));
      const { family: told } = await linda.data<{ family: { legalBases: Array<{ kind: string; purpose: string; familyInformedAt: string }> } }>(LEGAL_BASES, { id: family.id });
      expect(told.legalBases).toEqual([expect.objectContaining({ kind: 'SUPERVISION_ORDER', purpose: steps.purpose })]);
      const log = await ctx.dataSource.query<Row<'access_log', 'basis' | 'legal_basis_ids'>[]>(
        `SELECT basis, legal_basis_ids FROM access_log WHERE family_id = $1 AND account_id = $2 AND action = 'READ' ORDER BY id DESC LIMIT 1`,
        [family.id, guardian.account.id],
      );
      expect(log[0].legal_basis_ids).toHaveLength(1);
    });
  });

  describe('the access log', () => {
    it('gets a line for every read, which the family can see, and nobody can change', async () => {
      const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Oost');
      const { createFamily: family } = await regisseur.session.data<{ createFamily: Family }>(CREATE_FAMILY, {
        input: { name: 'Gezin De Boer', regisseurTask: 'Regie', members: [{ givenName: 'Sara', familyName: 'de Boer', role: 'PARENT', dateOfBirth: '1988-08-08', hasParentalAuthority: true }] },
      });
      const count = async () => Number((await ctx.dataSource.query<Array<{ count: string }>>(`SELECT count(*) FROM access_log WHERE family_id = $1`, [family.id]))[0].count);
      const before = await count();
      await planOf(regisseur.session, family.id);
      await planOf(regisseur.session, family.id);
      // Each plan page reads the family (who is in it) and the plan: two lines.
      expect(await count()).toBe(before + 4);

      const saraLogin = await ctx.linkAccount({ memberId: family.members[0].id });
      const sara = await ctx.signIn(saraLogin);
      const { family: seen } = await sara.data<{ family: { accessLog: Array<{ accountName: string; action: string; list: string; basis: string }> } }>(ACCESS_LOG, { id: family.id });
      // Looking at the log is logged before the log is read; her look at the family in the same
      // request is written with the request's other reads, as its answer leaves.
      expect(seen.accessLog.slice(0, 3)).toEqual([
        { accountName: saraLogin.account.displayName, action: 'READ', list: 'access-log', basis: 'FAMILY_OWN' },
        { accountName: regisseur.account.displayName, action: 'READ', list: 'plan', basis: 'REGISSEUR' },
        { accountName: regisseur.account.displayName, action: 'READ', list: 'family', basis: 'REGISSEUR' },
      ]);

      for (const sql of [
        `UPDATE access_log SET action = 'NOTHING' WHERE family_id = $1`,
        `DELETE FROM access_log WHERE family_id = $1`,
      ]) {
        // Refused even to the owner, by the triggers; the app's own role has not even the privilege.
        await expect(ctx.asOwner(sql, [family.id])).rejects.toThrow(/append-only/);
        await expect(ctx.dataSource.query(sql, [family.id])).rejects.toThrow(/permission denied/);
      }
      await expect(ctx.asOwner(`TRUNCATE access_log`)).rejects.toThrow(/append-only/);
      // Two plan pages and Sara's look at the log.
      expect(await count()).toBe(before + 6);
    });

    it('shows a young person only the lines about what concerns them, not the reads of his mother’s items', async () => {
      const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Zuid');
      const ggz = await professional('ADULT_MENTAL_HEALTH', 'GGZ Zuid');
      const school = await professional('SCHOOL', 'College Zuid');
      const { createFamily: family } = await regisseur.session.data<{ createFamily: Family }>(CREATE_FAMILY, {
        input: {
          name: 'Gezin Smit',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Anna', familyName: 'Smit', role: 'PARENT', dateOfBirth: '1985-05-05', hasParentalAuthority: true },
            { givenName: 'Bas', familyName: 'Smit', role: 'CHILD', dateOfBirth: `${new Date().getUTCFullYear() - 15}-01-01` },
          ],
        },
      });
      const [anna, bas] = ['Anna', 'Bas'].map((name) => family.members.find((m) => m.givenName === name)!.id);
      await regisseur.session.data(INVITE, {
        input: { familyId: family.id, professionalEmail: ggz.email, task: 'Behandeling Anna', categories: ['MENTAL_HEALTH'], memberIds: [anna] },
      });
      await regisseur.session.data(INVITE, {
        input: { familyId: family.id, professionalEmail: school.email, task: 'Mentor Bas', categories: ['SCHOOL'], memberIds: [bas] },
      });
      await ggz.session.data(ADD_ITEM, {
        input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', text: 'Behandelgesprek Anna', aboutMemberIds: [anna] },
      });
      await school.session.data(ADD_ITEM, {
        input: { familyId: family.id, kind: 'LOG_ENTRY', category: 'SCHOOL', text: 'Bas was op tijd', aboutMemberIds: [bas] },
      });
      await planOf(ggz.session, family.id);
      await planOf(school.session, family.id);

      const lines = async (memberId: string) => {
        const session = await ctx.signIn(await ctx.linkAccount({ memberId }));
        const { family: seen } = await session.data<{ family: { accessLog: Array<{ accountName: string; action: string; list: string | null }> } }>(
          ACCESS_LOG,
          { id: family.id },
        );
        return seen.accessLog.map((line) => [line.accountName, line.action, line.list]);
      };
      const basLines = await lines(bas);
      // GGZ wrote and read only Anna's items: nothing of it reaches her son's log.
      expect(basLines).not.toContainEqual([ggz.account.displayName, 'CREATE', null]);
      expect(basLines).not.toContainEqual([ggz.account.displayName, 'READ', 'plan']);
      expect(basLines).toContainEqual([school.account.displayName, 'CREATE', null]);
      expect(basLines).toContainEqual([school.account.displayName, 'READ', 'plan']);
      // His mother, with parental authority, sees both.
      const annaLines = await lines(anna);
      expect(annaLines).toContainEqual([ggz.account.displayName, 'READ', 'plan']);
      expect(annaLines).toContainEqual([school.account.displayName, 'READ', 'plan']);
    });

    it('is closed to partners and the network, and gives administrators metadata only', async () => {
      const regisseur = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Noord');
      const { createFamily: family } = await regisseur.session.data<{ createFamily: Family }>(CREATE_FAMILY, {
        input: { name: 'Gezin Mulder', regisseurTask: 'Regie', members: [{ givenName: 'Kim', familyName: 'Mulder', role: 'PARENT', dateOfBirth: '1988-08-08' }] },
      });
      const admin = await ctx.signIn(await ctx.newAccount({ kind: 'PLATFORM_ADMIN' }));
      expect(await admin.errorCode(ACCESS_LOG, { id: family.id })).toBe(ErrorCode.Forbidden);
      const { accessLogInvestigation } = await admin.data<{ accessLogInvestigation: Array<Record<string, unknown>> }>(
        `query ($familyId: ID) { accessLogInvestigation(familyId: $familyId) { accountId familyId action basis } }`,
        { familyId: family.id },
      );
      expect(accessLogInvestigation).toEqual([
        { accountId: regisseur.account.id, familyId: family.id, action: 'READ', basis: 'REGISSEUR' },
        { accountId: regisseur.account.id, familyId: family.id, action: 'CREATE', basis: 'REGISSEUR' },
      ]);
      const professionalSession = regisseur.session;
      expect(await professionalSession.errorCode(`{ accessLogInvestigation { id } }`)).toBe(ErrorCode.Forbidden);
    });
  });
});
