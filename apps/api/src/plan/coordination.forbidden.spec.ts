import { ErrorCode } from '@gezinsplan/domain';
import { ADD_ITEM, ADOPT, CREATE_FAMILY, HAND_OVER, INVITE, ItemResult, WITHHOLD } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`;
const ADD_MEMBER = `mutation ($input: AddFamilyMemberInput!) { addFamilyMember(input: $input) }`;

describe('coordination is the regisseur’s alone', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  it('refuses partners, parents and the network every coordinating act, with FORBIDDEN', async () => {
    const regisseurAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) });
    const regisseur = await ctx.signIn(regisseurAccount);
    const partnerAccount = await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'SCHOOL' }) });
    const { createFamily: family } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string }>; network: Array<{ id: string }> } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Vos',
        regisseurTask: 'Regie',
        members: [{ givenName: 'Iris', familyName: 'Vos', role: 'PARENT', dateOfBirth: '1987-04-04', hasParentalAuthority: true }],
        network: [{ name: 'Tante Joke', relation: 'aunt' }],
      },
    });
    const iris = family.members[0].id;
    const { inviteInvolvement: partnerInvolvement } = await regisseur.data<{ inviteInvolvement: string }>(INVITE, {
      input: { familyId: family.id, professionalEmail: partnerAccount.email, task: 'School', categories: ['SCHOOL', 'GENERAL'], memberIds: [iris] },
    });
    const { addPlanItem: goal } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Iris heeft rust', aboutMemberIds: [iris] },
    });
    const people = {
      partner: await ctx.signIn(partnerAccount),
      parent: await ctx.signIn(await ctx.linkAccount({ memberId: iris })),
      network: await ctx.signIn(await ctx.linkAccount({ networkMemberId: family.network[0].id })),
    };
    const other = await ctx.newAccount({ organisation: await ctx.newOrganisation() });
    const acts: Array<[string, string, Record<string, unknown>]> = [
      ['invite', INVITE, { input: { familyId: family.id, professionalEmail: other.email, task: 'Hulp', categories: ['GENERAL'], memberIds: [iris] } }],
      ['hand over', HAND_OVER, { input: { familyId: family.id, toInvolvementId: partnerInvolvement, note: 'Neem jij het over?' } }],
      ['adopt', ADOPT, { familyId: family.id }],
      ['withhold', WITHHOLD, { input: { id: goal.id, expectedVersion: 1, reason: 'Bescherming derde' } }],
      ['record consent', RECORD_CONSENT, { input: { familyId: family.id, subjectMemberId: iris, purpose: 'PLAN_EXCHANGE', recipientInvolvementIds: [partnerInvolvement], categories: ['GENERAL'], givenByMemberIds: [iris] } }],
      ['add member', ADD_MEMBER, { input: { familyId: family.id, givenName: 'X', familyName: 'Vos', role: 'CHILD', dateOfBirth: '2020-01-01' } }],
      ['add goal', ADD_ITEM, { input: { familyId: family.id, kind: 'GOAL', category: 'GENERAL', text: 'Doel', aboutMemberIds: [iris] } }],
    ];
    const outcomes: string[] = [];
    for (const [who, session] of Object.entries(people)) {
      for (const [act, query, variables] of acts) {
        outcomes.push(`${who} ${act}: ${await session.errorCode(query, variables)}`);
      }
    }
    expect(outcomes.filter((outcome) => !outcome.endsWith(ErrorCode.Forbidden))).toEqual([]);
    expect(outcomes).toHaveLength(21);
  });
});
