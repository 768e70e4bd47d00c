import { expect } from '@jest/globals';
import { AccountKind, ErrorCode } from '@gezinsplan/domain';
import { CREATE_FAMILY, FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const ORGANISATIONS = `query ($familyId: ID!) { invitableOrganisations(familyId: $familyId) { id name type } }`;
const PROFESSIONALS = `query ($familyId: ID!, $organisationId: ID!) {
  invitableProfessionals(familyId: $familyId, organisationId: $organisationId) { id displayName discipline email }
}`;

interface CreatedFamily {
  id: string;
  members: Array<{ id: string }>;
}

describe('whom the regisseur can invite', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function familyOf(regisseur: Awaited<ReturnType<TestContext['signIn']>>, name: string): Promise<CreatedFamily> {
    const { createFamily } = await regisseur.data<{ createFamily: CreatedFamily }>(CREATE_FAMILY, {
      input: {
        name,
        regisseurTask: 'Regie',
        members: [{ givenName: 'Iris', familyName: 'Vos', role: 'PARENT', dateOfBirth: '1987-04-04', hasParentalAuthority: true }],
      },
    });
    return createFamily;
  }

  it('lists the organisations with active professionals, then their active professionals, and invites the one chosen', async () => {
    const wijkteam = await ctx.newOrganisation({ name: 'Wijkteam Oost', type: 'NEIGHBOURHOOD_TEAM' });
    const school = await ctx.newOrganisation({ name: 'Basisschool De Linde', type: 'SCHOOL' });
    const onlyLeavers = await ctx.newOrganisation({ name: 'Alleen vertrokken', type: 'OTHER' });
    const onlyAdmin = await ctx.newOrganisation({ name: 'Alleen beheer', type: 'OTHER' });
    const regisseur = await ctx.signIn(await ctx.newAccount({ organisation: wijkteam, displayName: 'Sanne' }));
    const bram = await ctx.newAccount({ organisation: school, displayName: 'Bram Kok', discipline: 'intern begeleider' });
    await ctx.newAccount({ organisation: school, displayName: 'Anna Bos', discipline: null });
    await ctx.newAccount({ organisation: school, displayName: 'Carla Vertrokken', disabledAt: new Date() });
    await ctx.newAccount({ organisation: school, displayName: 'Dirk Beheer', kind: AccountKind.OrganisationAdmin });
    await ctx.newAccount({ organisation: onlyLeavers, disabledAt: new Date() });
    await ctx.newAccount({ organisation: onlyAdmin, kind: AccountKind.OrganisationAdmin });
    const family = await familyOf(regisseur, 'Gezin Vos');

    const { invitableOrganisations } = await regisseur.data<{ invitableOrganisations: Array<{ id: string; name: string; type: string }> }>(
      ORGANISATIONS,
      { familyId: family.id },
    );
    // Other tests in this file add organisations of their own: judge the four made here.
    const madeHere = new Set([wijkteam.id, school.id, onlyLeavers.id, onlyAdmin.id]);
    expect(invitableOrganisations.filter((o) => madeHere.has(o.id))).toEqual([
      { id: school.id, name: 'Basisschool De Linde', type: 'SCHOOL' },
      { id: wijkteam.id, name: 'Wijkteam Oost', type: 'NEIGHBOURHOOD_TEAM' },
    ]);

    const { invitableProfessionals } = await regisseur.data<{ invitableProfessionals: Array<{ id: string; email: string }> }>(
      PROFESSIONALS,
      { familyId: family.id, organisationId: school.id },
    );
    expect(invitableProfessionals).toEqual([
      { id: expect.any(String), displayName: 'Anna Bos', discipline: null, email: expect.any(String) },
      { id: bram.account.id, displayName: 'Bram Kok', discipline: 'intern begeleider', email: bram.email },
    ]);

    const chosen = invitableProfessionals[1];
    await regisseur.data(INVITE, {
      input: { familyId: family.id, professionalEmail: chosen.email, task: 'School: hoe het met Iris gaat', categories: ['SCHOOL'], memberIds: [family.members[0].id] },
    });
    const { family: seen } = await regisseur.data<{ family: { involvements: Array<{ professionalName: string; organisationName: string }> } }>(
      FAMILY,
      { id: family.id },
    );
    expect(seen.involvements).toContainEqual(expect.objectContaining({ professionalName: 'Bram Kok', organisationName: 'Basisschool De Linde' }));
  });

  it('names the organisation when it is not an id, and lists nobody for an unknown organisation', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount());
    const family = await familyOf(regisseur, 'Gezin Kok');
    const result = await regisseur.request(PROFESSIONALS, { familyId: family.id, organisationId: 'school' });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'organisationId', message: 'must be an id' }],
    });
    const { invitableProfessionals } = await regisseur.data<{ invitableProfessionals: unknown[] }>(PROFESSIONALS, {
      familyId: family.id,
      organisationId: '00000000-0000-4000-8000-000000000000',
    });
    expect(invitableProfessionals).toEqual([]);
  });

  it('is the regisseur’s alone: partners are refused, and others do not learn that the family exists', async () => {
    const regisseur = await ctx.signIn(await ctx.newAccount());
    const partnerAccount = await ctx.newAccount();
    const family = await familyOf(regisseur, 'Gezin Smit');
    await regisseur.data(INVITE, {
      input: { familyId: family.id, professionalEmail: partnerAccount.email, task: 'Hulp thuis', categories: ['GENERAL'], memberIds: [family.members[0].id] },
    });
    const organisationId = partnerAccount.account.organisationId;
    const sessions = {
      partner: await ctx.signIn(partnerAccount),
      notInvolved: await ctx.signIn(await ctx.newAccount()),
      parent: await ctx.signIn(await ctx.linkAccount({ memberId: family.members[0].id })),
      organisationAdmin: await ctx.signIn(await ctx.newAccount({ kind: AccountKind.OrganisationAdmin })),
      anonymous: ctx.anonymous(),
    };
    const outcomes: Record<string, Array<string | undefined>> = {};
    for (const [who, session] of Object.entries(sessions)) {
      outcomes[who] = [
        await session.errorCode(ORGANISATIONS, { familyId: family.id }),
        await session.errorCode(PROFESSIONALS, { familyId: family.id, organisationId }),
      ];
    }
    expect(outcomes).toEqual({
      partner: [ErrorCode.Forbidden, ErrorCode.Forbidden],
      notInvolved: [ErrorCode.NotFound, ErrorCode.NotFound],
      parent: [ErrorCode.Forbidden, ErrorCode.Forbidden],
      organisationAdmin: [ErrorCode.Forbidden, ErrorCode.Forbidden],
      anonymous: [ErrorCode.Unauthenticated, ErrorCode.Unauthenticated],
    });
  });
});
