import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { TestContext } from '../testing/test-context';

const ADD = `mutation ($input: AddPlanItemInput!) { addPlanItem(input: $input) { id version kind text aboutMemberIds recordedWith } }`;
const UPDATE = `mutation ($input: UpdatePlanItemInput!) { updatePlanItem(input: $input) { id version text recordedWith } }`;
const CREATE_FAMILY = `mutation ($input: CreateFamilyInput!) { createFamily(input: $input) { id members { id givenName } } }`;

describe("the child's voice, with whom it was recorded", () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  async function familyWithRegisseur() {
    const organisation = await ctx.newOrganisation({ name: 'Wijkteam Oost', type: 'NEIGHBOURHOOD_TEAM' });
    const session = await ctx.signIn(await ctx.newAccount({ organisation, displayName: 'Sanne Jansen' }));
    const { createFamily } = await session.data<{ createFamily: { id: string; members: { id: string; givenName: string }[] } }>(
      CREATE_FAMILY,
      {
        input: {
          name: 'Gezin Bakker',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Ilse', familyName: 'Bakker', role: 'PARENT', dateOfBirth: '1988-04-02', hasParentalAuthority: true },
            { givenName: 'Tim', familyName: 'Bakker', role: 'CHILD', dateOfBirth: '2017-05-20' },
          ],
        },
      },
    );
    const tim = createFamily.members.find((member) => member.givenName === 'Tim')!.id;
    return { session, familyId: createFamily.id, tim };
  }

  it('keeps the child’s own words and with whom they were said, and lets the regisseur correct who it was', async () => {
    const { session, familyId, tim } = await familyWithRegisseur();
    const { addPlanItem } = await session.data<{ addPlanItem: { id: string; version: number; recordedWith: string | null } }>(ADD, {
      input: {
        familyId,
        kind: 'CHILD_VOICE',
        category: 'GENERAL',
        text: 'Ik wil op woensdag bij papa slapen.',
        aboutMemberIds: [tim],
        recordedWith: 'de mentor op school',
      },
    });
    expect(addPlanItem).toMatchObject({ kind: 'CHILD_VOICE', aboutMemberIds: [tim], recordedWith: 'de mentor op school' });

    const { updatePlanItem } = await session.data<{ updatePlanItem: { recordedWith: string; text: string } }>(UPDATE, {
      input: { id: addPlanItem.id, expectedVersion: addPlanItem.version, text: 'Ik wil op woensdag bij papa slapen.', recordedWith: 'de regisseur, met mama erbij' },
    });
    expect(updatePlanItem).toMatchObject({ recordedWith: 'de regisseur, met mama erbij', text: 'Ik wil op woensdag bij papa slapen.' });
  });

  it('refuses a "with whom" longer than a line, naming the field', async () => {
    const { session, familyId, tim } = await familyWithRegisseur();
    const { errors } = await session.request(ADD, {
      input: { familyId, kind: 'CHILD_VOICE', category: 'GENERAL', text: 'Ik vind school leuk.', aboutMemberIds: [tim], recordedWith: 'x'.repeat(501) },
    });
    expect(errors?.[0]?.extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(JSON.stringify(errors?.[0]?.extensions?.['fields'])).toContain('recordedWith');
  });
});
