import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

const UPDATE_MEMBER = `mutation ($input: UpdateFamilyMemberInput!) {
  updateFamilyMember(input: $input) { id givenName familyName role dateOfBirth age hasParentalAuthority livesAtHome version }
}`;

const CONSENT = `query ($id: ID!) {
  family(id: $id) { members { id version hasParentalAuthority } consents { id effective requiredConsenterIds } consentRequirements { memberId rule requiredConsenterIds } }
}`;

const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id effective } }`;

interface Member {
  id: string;
  givenName: string;
  familyName: string;
  role: string;
  dateOfBirth: string;
  age: number;
  hasParentalAuthority: boolean;
  livesAtHome: boolean;
  version: number;
}

interface ConsentView {
  members: Array<{ id: string; version: number; hasParentalAuthority: boolean }>;
  consents: Array<{ id: string; effective: boolean; requiredConsenterIds: string[] }>;
  consentRequirements: Array<{ memberId: string; rule: string; requiredConsenterIds: string[] }>;
}

/** A first of January this many years ago: an age that holds all year. */
const bornYearsAgo = (years: number) => `${new Date().getUTCFullYear() - years}-01-01`;

describe('correcting a family member’s details', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let regisseurAccountId: string;
  let familyId: string;
  let partnerInvolvementId: string;
  const ids: Record<'iris' | 'bram' | 'noor', string> = { iris: '', bram: '', noor: '' };
  const INITIAL_DETAILS: Record<'iris' | 'bram' | 'noor', Omit<Member, 'id' | 'age' | 'version'>> = {
    iris: { givenName: 'Iris', familyName: 'Vos', role: 'PARENT', dateOfBirth: '1987-04-04', hasParentalAuthority: true, livesAtHome: true },
    bram: { givenName: 'Bram', familyName: 'Vos', role: 'PARENT', dateOfBirth: '1985-08-15', hasParentalAuthority: false, livesAtHome: false },
    noor: { givenName: 'Noor', familyName: 'Vos', role: 'CHILD', dateOfBirth: bornYearsAgo(10), hasParentalAuthority: false, livesAtHome: true },
  };

  let details = structuredClone(INITIAL_DETAILS);

  const correct = (session: GraphQLSession, who: keyof typeof ids, expectedVersion: number, change: Partial<Member> = {}) =>
    session.request<{ updateFamilyMember: Member }>(UPDATE_MEMBER, {
      input: { id: ids[who], expectedVersion, ...details[who], ...change },
    });
  const consentView = async () => (await regisseur.data<{ family: ConsentView }>(CONSENT, { id: familyId })).family;
  const versionOf = async (who: keyof typeof ids) => (await consentView()).members.find((m) => m.id === ids[who])?.version;
  const revisions = (who: keyof typeof ids) =>
    ctx.dataSource.query<Array<Row<'family_member_revision', 'version' | 'given_name' | 'has_parental_authority' | 'replaced_by_account_id'> & { date_of_birth: string }>>(
      `SELECT version, given_name, has_parental_authority, to_char(date_of_birth, 'YYYY-MM-DD') AS date_of_birth,
              replaced_by_account_id FROM family_member_revision WHERE member_id = $1 ORDER BY version`,
      [ids[who]],
    );

  beforeAll(async () => {
    ctx = await TestContext.create();
    const regisseurAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    regisseurAccountId = regisseurAccount.account.id;
    regisseur = await ctx.signIn(regisseurAccount);
  });

  // Every test corrects a family of its own, so that each can run alone.
  beforeEach(async () => {
    details = structuredClone(INITIAL_DETAILS);
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(
      CREATE_FAMILY,
      { input: { name: 'Gezin Vos', regisseurTask: 'Regie', members: Object.values(details) } },
    );
    familyId = createFamily.id;
    for (const member of createFamily.members) ids[member.givenName.toLowerCase() as keyof typeof ids] = member.id;
  });
  afterAll(() => ctx.close());

  describe('by the regisseur', () => {
    let consentId: string;

    beforeEach(async () => {
      const school = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
      ({ inviteInvolvement: partnerInvolvementId } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId, professionalEmail: school.email, task: 'School', categories: ['SCHOOL'], memberIds: [ids.noor] },
      }));
      ({ recordConsent: { id: consentId } } = await regisseur.data<{ recordConsent: { id: string } }>(RECORD_CONSENT, {
        input: {
          familyId,
          subjectMemberId: ids.noor,
          purpose: 'PLAN_EXCHANGE',
          recipientInvolvementIds: [partnerInvolvementId],
          categories: ['SCHOOL'],
          givenByMemberIds: [ids.iris],
        },
      }));
    });

    it('gives the father parental authority; from then on he must consent too, and the earlier details stay', async () => {
      expect((await consentView()).consents.find((c) => c.id === consentId)?.effective).toBe(true);

      const result = await correct(regisseur, 'bram', 1, { hasParentalAuthority: true, livesAtHome: true });

      expect(result.errors).toBeUndefined();
      expect(result.data?.updateFamilyMember).toMatchObject({ id: ids.bram, hasParentalAuthority: true, livesAtHome: true, version: 2 });
      const view = await consentView();
      // Consent is judged on the day: the mother's alone no longer covers Noor.
      expect(view.consents.find((c) => c.id === consentId)).toMatchObject({ effective: false });
      expect(view.consentRequirements.find((r) => r.memberId === ids.noor)?.requiredConsenterIds.sort()).toEqual(
        [ids.iris, ids.bram].sort(),
      );
      expect(await revisions('bram')).toEqual([
        { version: 1, given_name: 'Bram', has_parental_authority: false, date_of_birth: '1985-08-15', replaced_by_account_id: regisseurAccountId },
      ]);
      const [logged] = await ctx.dataSource.query<Row<'access_log', 'action' | 'list' | 'member_ids' | 'basis'>[]>(
        `SELECT action, list, member_ids::text[] AS member_ids, basis FROM access_log
          WHERE family_id = $1 AND action = 'UPDATE' AND $2::uuid = ANY(member_ids)`,
        [familyId, ids.bram],
      );
      expect(logged).toEqual({ action: 'UPDATE', list: 'members', member_ids: [ids.bram], basis: 'REGISSEUR' });
      details.bram = { ...details.bram, hasParentalAuthority: true, livesAtHome: true };
    });

    it('corrects a date of birth: a child who turns out to be 12 must be asked herself', async () => {
      const result = await correct(regisseur, 'noor', 1, { dateOfBirth: bornYearsAgo(13) });

      expect(result.data?.updateFamilyMember).toMatchObject({ dateOfBirth: bornYearsAgo(13), version: 2 });
      expect([12, 13]).toContain(result.data?.updateFamilyMember.age);
      const requirement = (await consentView()).consentRequirements.find((r) => r.memberId === ids.noor);
      expect(requirement?.rule).toBe('FROM_12_TO_15');
      expect(requirement?.requiredConsenterIds).toContain(ids.noor);
      expect((await revisions('noor')).map((r) => r.date_of_birth)).toEqual([bornYearsAgo(10)]);
      details.noor = { ...details.noor, dateOfBirth: bornYearsAgo(13) };
    });

    it('accepts a correction that changes nothing, without a new version or a line in the history', async () => {
      const before = await revisions('iris');
      const result = await correct(regisseur, 'iris', 1, { givenName: '  Iris ' });

      expect(result.errors).toBeUndefined();
      expect(result.data?.updateFamilyMember).toMatchObject({ givenName: 'Iris', version: 1 });
      expect(await revisions('iris')).toEqual(before);
    });

    it('refuses a correction made to an older version with CONFLICT and the current details, unless it asks for what is already there', async () => {
      await correct(regisseur, 'bram', 1, { hasParentalAuthority: true, livesAtHome: true });
      details.bram = { ...details.bram, hasParentalAuthority: true, livesAtHome: true };
      const stale = await correct(regisseur, 'bram', 1, { givenName: 'Abraham' });

      expect(stale.errors?.[0].extensions).toMatchObject({
        code: ErrorCode.Conflict,
        current: { id: ids.bram, givenName: 'Bram', hasParentalAuthority: true, version: 2 },
      });
      expect(await versionOf('bram')).toBe(2);
      // The conflict showed Bram's current details: that is a read, and it is logged.
      const [conflictRead] = await ctx.dataSource.query<Row<'access_log', 'member_ids'>[]>(
        `SELECT member_ids::text[] AS member_ids FROM access_log WHERE family_id = $1 AND action = 'READ' AND list = 'members'`,
        [familyId],
      );
      expect(conflictRead).toEqual({ member_ids: [ids.bram] });
      const alreadyThere = await correct(regisseur, 'bram', 1);
      expect(alreadyThere.data?.updateFamilyMember.version).toBe(2);
    });

    it('requires authority and living at home in a correction, so that leaving them out cannot take them away', async () => {
      const { hasParentalAuthority: _authority, livesAtHome: _home, ...withoutFacts } = details.iris;
      const version = await versionOf('iris');

      const result = await regisseur.request(UPDATE_MEMBER, { input: { id: ids.iris, expectedVersion: version, ...withoutFacts } });

      expect(result.errors?.[0].message).toMatch(/hasParentalAuthority/);
      expect(await versionOf('iris')).toBe(version);
    });

    it('names each field that cannot be saved, and saves nothing', async () => {
      const year = new Date().getUTCFullYear();
      const cases: Array<[Partial<Member> & { expectedVersion?: number }, string]> = [
        [{ hasParentalAuthority: true }, 'input.hasParentalAuthority'],
        [{ dateOfBirth: `${year + 1}-01-01` }, 'dateOfBirth'],
        [{ dateOfBirth: '1899-12-31' }, 'dateOfBirth'],
        [{ dateOfBirth: '2020-13-01' }, 'dateOfBirth'],
        [{ givenName: '   ' }, 'givenName'],
        [{ familyName: '' }, 'familyName'],
      ];
      for (const [change, field] of cases) {
        const { errors } = await correct(regisseur, 'noor', 1, change);
        expect({ field, code: errors?.[0].extensions?.['code'] }).toEqual({ field, code: ErrorCode.BadUserInput });
        const fields = (errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
        expect(fields).toContain(field);
      }
      const { errors } = await regisseur.request(UPDATE_MEMBER, { input: { id: ids.noor, expectedVersion: 0, ...details.noor } });
      expect(errors?.[0].extensions?.['fields']).toEqual([expect.objectContaining({ field: 'expectedVersion' })]);
      expect(await versionOf('noor')).toBe(1);
    });
  });

  describe('starting a plan and adding people', () => {
    it('refuses names that are only spaces, naming each field, instead of failing in the database', async () => {
      const fieldsOf = (errors: readonly { extensions?: Record<string, unknown> }[] | undefined) =>
        (errors?.[0].extensions?.['fields'] as Array<{ field: string }>).map((f) => f.field);
      const start = await regisseur.request(CREATE_FAMILY, {
        input: {
          name: '  ',
          regisseurTask: 'Regie',
          members: [{ ...details.iris, givenName: ' ' }],
          network: [{ name: 'Oma', relation: '  ' }],
        },
      });
      expect(fieldsOf(start.errors)).toEqual(['name', 'members.0.givenName', 'network.0.relation']);
      const add = await regisseur.request(`mutation ($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) }`, {
        input: { familyId, name: '   ', relation: 'buurman' },
      });
      expect(fieldsOf(add.errors)).toEqual(['name']);
    });
  });

  describe('by anyone else', () => {
    it('is refused: FORBIDDEN to those involved, NOT_FOUND to another family’s regisseur and for an unknown member', async () => {
      const partnerAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
      await regisseur.data(INVITE, {
        input: { familyId, professionalEmail: partnerAccount.email, task: 'Zorg', categories: ['GENERAL'], memberIds: [ids.iris] },
      });
      const otherRegisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation() }));
      await otherRegisseur.data(CREATE_FAMILY, {
        input: { name: 'Gezin Ander', regisseurTask: 'Regie', members: [{ ...details.iris, givenName: 'Anna' }] },
      });
      const version = await versionOf('iris');
      const people: Array<[string, GraphQLSession, string]> = [
        ['partner professional', await ctx.signIn(partnerAccount), ErrorCode.Forbidden],
        ['parent with authority', await ctx.signIn(await ctx.linkAccount({ memberId: ids.iris })), ErrorCode.Forbidden],
        ['another family’s regisseur', otherRegisseur, ErrorCode.NotFound],
        ['anonymous', ctx.anonymous(), ErrorCode.Unauthenticated],
      ];
      const outcomes = [];
      for (const [who, session] of people) {
        const { errors } = await correct(session, 'iris', version ?? 1, { familyName: 'Anders' });
        outcomes.push([who, errors?.[0].extensions?.['code']]);
      }
      expect(outcomes).toEqual(people.map(([who, , code]) => [who, code]));
      expect(await versionOf('iris')).toBe(version);

      const unknown = await regisseur.request(UPDATE_MEMBER, {
        input: { id: '00000000-0000-4000-8000-000000000000', expectedVersion: 1, ...details.iris },
      });
      expect(unknown.errors?.[0].extensions?.['code']).toBe(ErrorCode.NotFound);
      // A real member of someone else's family is answered exactly like a made-up id.
      const foreign = await otherRegisseur.request(UPDATE_MEMBER, { input: { id: ids.iris, expectedVersion: version, ...details.iris } });
      expect(foreign.errors?.[0].message).toBe(unknown.errors?.[0].message);
    });
  });

  describe('listing my families', () => {
    const MY_FAMILIES = `{ myFamilies { id name } }`;

    it('lists only families the access rules open today, each a logged read', async () => {
      // Noor is first recorded as 13: old enough for a way into the plan of her own.
      expect((await correct(regisseur, 'noor', 1, { dateOfBirth: bornYearsAgo(13) })).errors).toBeUndefined();
      details.noor = { ...details.noor, dateOfBirth: bornYearsAgo(13) };
      const mother = await ctx.signIn(await ctx.linkAccount({ memberId: ids.iris }));
      const child = await ctx.signIn(await ctx.linkAccount({ memberId: ids.noor }));
      expect((await child.data<{ myFamilies: unknown[] }>(MY_FAMILIES)).myFamilies).toHaveLength(1);
      // Noor turns out to be 10: children get their own way into the plan from 12.
      const version = await versionOf('noor');
      expect((await correct(regisseur, 'noor', version ?? 0, { dateOfBirth: bornYearsAgo(10) })).errors).toBeUndefined();
      details.noor = { ...details.noor, dateOfBirth: bornYearsAgo(10) };

      const seen = await mother.request<{ myFamilies: Array<{ id: string; name: string }> }>(MY_FAMILIES, {}, { 'x-request-id': 'my-families-mother' });

      expect(seen.data?.myFamilies).toEqual([{ id: familyId, name: 'Gezin Vos' }]);
      expect((await child.data<{ myFamilies: unknown[] }>(MY_FAMILIES)).myFamilies).toEqual([]);
      const lines = await ctx.dataSource.query<Row<'access_log', 'family_id' | 'list' | 'basis'>[]>(`SELECT family_id, list, basis FROM access_log WHERE request_id = 'my-families-mother'`);
      expect(lines).toEqual([{ family_id: familyId, list: 'family', basis: 'FAMILY_OWN' }]);
    });
  });

  describe('in the database', () => {
    it('refuses a correction without a new version, keeps its history append-only, and lets a portal link leave the version alone', async () => {
      await expect(
        ctx.dataSource.query(`UPDATE family_member SET given_name = 'Ander' WHERE id = $1`, [ids.iris]),
      ).rejects.toThrow(/without a new version/);
      await expect(ctx.asOwner(`DELETE FROM family_member_revision`)).rejects.toThrow(/append-only/);
      await expect(ctx.asOwner(`TRUNCATE family_member_revision`)).rejects.toThrow(/append-only/);

      const before = await versionOf('noor');
      await ctx.linkAccount({ memberId: ids.noor });
      expect(await versionOf('noor')).toBe(before);
    });
  });
});
