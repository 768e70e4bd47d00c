import { AccountKind, ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY, END_INVOLVEMENT, INVITE } from '../testing/plan-operations';
import { TestAccount, TestContext } from '../testing/test-context';
import { dateOfBirthIn } from './family-search.service';

const SEARCH = `query ($text: String!) {
  searchMyFamilies(input: { text: $text }) { familyId name nameMatched matchingMembers { id givenName familyName dateOfBirth } }
}`;

interface Result {
  familyId: string;
  name: string;
  nameMatched: boolean;
  matchingMembers: Array<{ id: string; givenName: string; familyName: string; dateOfBirth: string }>;
}

describe('searching my families', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let partner: TestAccount;
  let partnerSession: GraphQLSession;
  let stranger: GraphQLSession;
  const family: Record<'wolters' | 'brink' | 'ended', string> = { wolters: '', brink: '', ended: '' };

  const search = async (session: GraphQLSession, text: string) =>
    (await session.data<{ searchMyFamilies: Result[] }>(SEARCH, { text })).searchMyFamilies;

  async function start(name: string, members: Array<{ givenName: string; familyName: string; dateOfBirth: string; role: string }>) {
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: { name, regisseurTask: 'Regie', members: members.map((m) => ({ ...m, hasParentalAuthority: m.role === 'PARENT', livesAtHome: true })) },
    });
    memberIds.set(createFamily.id, createFamily.members.map((m) => m.id));
    return createFamily.id;
  }
  const memberIds = new Map<string, string[]>();

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    partner = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    partnerSession = await ctx.signIn(partner);
    stranger = await ctx.signIn(await ctx.newAccount());

    family.wolters = await start('Gezin Wolters', [
      { givenName: 'Mirjam', familyName: 'Wolters', dateOfBirth: '1984-03-09', role: 'PARENT' },
      { givenName: 'Sem', familyName: 'Wolters', dateOfBirth: '2014-06-21', role: 'CHILD' },
    ]);
    family.brink = await start('Gezin Brink', [
      { givenName: 'Kim', familyName: 'van den Brink', dateOfBirth: '1990-11-02', role: 'PARENT' },
      { givenName: 'Sem', familyName: 'Wolters', dateOfBirth: '2016-01-30', role: 'CHILD' },
    ]);
    family.ended = await start('Gezin Wolters-Amrani', [
      { givenName: 'Yasmina', familyName: 'Amrani', dateOfBirth: '1995-05-05', role: 'PARENT' },
    ]);
    // The partner is involved with Gezin Wolters only, and was with Wolters-Amrani until it ended.
    await regisseur.data(INVITE, { input: { familyId: family.wolters, professionalEmail: partner.email, task: 'School', categories: ['SCHOOL'], memberIds: memberIds.get(family.wolters) } });
    const { inviteInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.ended, professionalEmail: partner.email, task: 'School', categories: ['SCHOOL'], memberIds: memberIds.get(family.ended) },
    });
    await regisseur.data(END_INVOLVEMENT, { input: { involvementId: inviteInvolvement, expectedVersion: 1, reason: 'Klaar' } });
  });
  afterAll(() => ctx.close());

  it('finds families by family name, by a member’s name and by date of birth', async () => {
    const byFamilyName = await search(regisseur, 'wolters');
    expect(byFamilyName.map((r) => r.name).sort()).toEqual(['Gezin Brink', 'Gezin Wolters', 'Gezin Wolters-Amrani']);
    expect(byFamilyName.find((r) => r.familyId === family.brink)).toMatchObject({ nameMatched: false, matchingMembers: [{ givenName: 'Sem', dateOfBirth: '2016-01-30' }] });

    const byFullName = await search(regisseur, 'Kim van den');
    expect(byFullName).toEqual([expect.objectContaining({ familyId: family.brink, nameMatched: false })]);

    for (const typed of ['21-06-2014', '21/6/2014', '2014-06-21']) {
      const byDate = await search(regisseur, typed);
      expect(byDate).toEqual([
        { familyId: family.wolters, name: 'Gezin Wolters', nameMatched: false, matchingMembers: [expect.objectContaining({ givenName: 'Sem', dateOfBirth: '2014-06-21' })] },
      ]);
    }
    // LIKE's wildcards are taken literally.
    expect(await search(regisseur, '%%')).toEqual([]);
  });

  it('returns only families I am involved in today', async () => {
    const found = await search(partnerSession, 'Sem');
    expect(found.map((r) => r.familyId)).toEqual([family.wolters]);
    // Neither the family the partner left nor one they were never in.
    expect(await search(partnerSession, 'Amrani')).toEqual([]);
    expect(await search(partnerSession, '30-01-2016')).toEqual([]);
    expect(await search(stranger, 'Wolters')).toEqual([]);
  });

  it('logs a read of each family found', async () => {
    const searchReads = async () =>
      (await ctx.dataSource.query(
        `SELECT family_id AS "familyId" FROM access_log WHERE account_id = $1 AND list = 'family-search' ORDER BY at`,
        [partner.account.id],
      )) as Array<{ familyId: string }>;
    const before = (await searchReads()).length;
    await search(partnerSession, 'Mirjam');
    const after = await searchReads();
    expect(after.slice(before).map((line) => line.familyId)).toEqual([family.wolters]);
  });

  it('is for professionals, and refuses a search of one character', async () => {
    const parent = await ctx.signIn(await ctx.newAccount({ kind: AccountKind.FamilyMember }));
    expect(await parent.errorCode(SEARCH, { text: 'Wolters' })).toBe(ErrorCode.Forbidden);
    expect(await regisseur.errorCode(SEARCH, { text: 'W' })).toBe(ErrorCode.BadUserInput);
  });

  it('reads a typed date of birth only when it is a real date', () => {
    expect(dateOfBirthIn('31-12-2015')).toBe('2015-12-31');
    expect(dateOfBirthIn('1.2.2015')).toBe('2015-02-01');
    expect(dateOfBirthIn('31-02-2015')).toBeNull();
    expect(dateOfBirthIn('Wolters')).toBeNull();
  });
});
