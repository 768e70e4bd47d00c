import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { TestContext } from '../testing/test-context';

const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id members { id givenName } } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) }`;
const INVOLVEMENTS = `query ($id: ID!) { family(id: $id) { involvements { id isRegisseur memberIds version } } }`;
const INVITE = `mutation ($input: InviteInvolvementInput!) { inviteInvolvement(input: $input) }`;
const ADD_ITEM = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { id access aboutMemberIds } }`;

interface Involvement {
  id: string;
  isRegisseur: boolean;
  memberIds: string[];
  version: number;
}

describe('a new family member is added to the regisseur’s own task (issue 17 item 6)', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('covers the new member in the regisseur’s task at once, so she writes about them, and no one else’s task', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const school = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: { id: string }[] } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Smit', regisseurTask: 'Regie',
        members: [{ givenName: 'Anna', familyName: 'Smit', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true }],
      },
    });
    const familyId = createFamily.id;
    const anna = createFamily.members[0].id;
    await regisseur.data(INVITE, { input: { familyId, professionalEmail: school.email, task: 'School', categories: ['SCHOOL'], memberIds: [anna] } });
    const before = (await regisseur.data<{ family: { involvements: Involvement[] } }>(INVOLVEMENTS, { id: familyId })).family.involvements;

    const { addFamilyMember: baby } = await regisseur.data<{ addFamilyMember: string }>(ADD_MEMBER, {
      input: { familyId, givenName: 'Bo', familyName: 'Smit', role: 'CHILD', dateOfBirth: '2026-01-01' },
    });

    const after = (await regisseur.data<{ family: { involvements: Involvement[] } }>(INVOLVEMENTS, { id: familyId })).family.involvements;
    const own = after.find((i) => i.isRegisseur)!;
    const ownBefore = before.find((i) => i.isRegisseur)!;
    expect(own.memberIds).toEqual([...ownBefore.memberIds, baby]);
    expect(own.version).toBe(ownBefore.version + 1);
    // The school's task is the school's: it does not grow with the family.
    expect(after.find((i) => !i.isRegisseur)!.memberIds).toEqual([anna]);

    const { addPlanItem } = await regisseur.data<{ addPlanItem: { access: string; aboutMemberIds: string[] } }>(ADD_ITEM, {
      input: { familyId, kind: 'LOG_ENTRY', category: 'GENERAL', text: 'Bo is geboren.', aboutMemberIds: [baby] },
    });
    expect(addPlanItem).toEqual({ id: expect.any(String), access: 'FULL', aboutMemberIds: [baby] });
  });

  it('changes no task when the member is refused', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily } = await regisseur.data<{ createFamily: { id: string } }>(CREATE_FAMILY, {
      input: { name: 'Gezin Smit', regisseurTask: 'Regie', members: [{ givenName: 'Anna', familyName: 'Smit', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true }] },
    });
    const before = (await regisseur.data<{ family: { involvements: Involvement[] } }>(INVOLVEMENTS, { id: createFamily.id })).family.involvements;
    expect(await regisseur.errorCode(ADD_MEMBER, { input: { familyId: createFamily.id, givenName: '', familyName: 'Smit', role: 'CHILD', dateOfBirth: '2026-01-01' } })).toBe(
      ErrorCode.BadUserInput,
    );
    expect((await regisseur.data<{ family: { involvements: Involvement[] } }>(INVOLVEMENTS, { id: createFamily.id })).family.involvements).toEqual(before);
  });
});
