import { expect } from '@jest/globals';
import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, INVITE, ItemResult, PLAN } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const RECORD = `mutation ($input: RecordInstitutionalAuthorityInput!) {
  recordInstitutionalAuthority(input: $input) { id memberId organisationId organisationName startsOn endsOn ruling recordedByName }
}`;
const END = `mutation ($input: EndInstitutionalAuthorityInput!) { endInstitutionalAuthority(input: $input) { id endsOn } }`;
const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id effective } }`;
const GIVE_FOR_INSTITUTION = `mutation ($input: GiveInstitutionConsentInput!) {
  giveInstitutionConsent(input: $input) { id effective requiredConsenterIds requiredInstitutionId givenByInstitutions { organisationId name } }
}`;
const CONSENT_STATE = `query ($id: ID!) { family(id: $id) {
  consentRequirements { memberId requiredConsenterIds requiredInstitutionId }
  consents { id effective requiredConsenterIds requiredInstitutionId }
  institutionalAuthorities { id memberId endsOn }
} }`;

interface ConsentState {
  consentRequirements: Array<{ memberId: string; requiredConsenterIds: string[]; requiredInstitutionId: string | null }>;
  consents: Array<{ id: string; effective: boolean; requiredConsenterIds: string[]; requiredInstitutionId: string | null }>;
  institutionalAuthorities: Array<{ id: string; memberId: string; endsOn: string | null }>;
}

/**
 * Issue 12 item 3: parental authority over a minor can lie with a certified
 * institution, which then consents in the parents' place; the parents' consent
 * alone no longer counts, and they no longer read about that child.
 */
describe('parental authority with a certified institution', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let school: GraphQLSession;
  let guardianship: GraphQLSession;
  let mother: GraphQLSession;
  let familyId: string;
  let motherId: string;
  let noor: string;
  let sem: string;
  let institutionId: string;
  let schoolOrganisationId: string;
  let entryId: string;
  let consentId: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily } = await regisseur.data<{ createFamily: { id: string; members: Array<{ id: string; givenName: string }> } }>(
      CREATE_FAMILY,
      {
        input: {
          name: 'Gezin Voogdij',
          regisseurTask: 'Regie',
          members: [
            { givenName: 'Moeder', familyName: 'V', role: 'PARENT', dateOfBirth: '1985-02-02', hasParentalAuthority: true },
            { givenName: 'Noor', familyName: 'V', role: 'CHILD', dateOfBirth: '2017-06-06' },
            { givenName: 'Sem', familyName: 'V', role: 'CHILD', dateOfBirth: '2015-03-03' },
          ],
        },
      },
    );
    familyId = createFamily.id;
    const id = (name: string) => createFamily.members.find((m) => m.givenName === name)!.id;
    [motherId, noor, sem] = [id('Moeder'), id('Noor'), id('Sem')];
    mother = await ctx.signIn(await ctx.linkAccount({ memberId: motherId }));

    const institution = await ctx.newOrganisation({ name: 'Jeugdbescherming Regio', type: 'YOUTH_PROTECTION' });
    institutionId = institution.id;
    const guardian = await ctx.newAccount({ organisation: institution, displayName: 'Jeugdbeschermer' });
    guardianship = await ctx.signIn(guardian);
    await regisseur.data(INVITE, {
      input: { familyId, professionalEmail: guardian.email, task: 'Voogdij over Noor', categories: ['GENERAL', 'SCHOOL'], memberIds: [noor] },
    });
    const schoolOrganisation = await ctx.newOrganisation({ name: 'De Regenboog', type: 'SCHOOL' });
    schoolOrganisationId = schoolOrganisation.id;
    const teacher = await ctx.newAccount({ organisation: schoolOrganisation });
    school = await ctx.signIn(teacher);
    await regisseur.data(INVITE, {
      input: { familyId, professionalEmail: teacher.email, task: 'Zorg op school voor Noor', categories: ['SCHOOL'], memberIds: [noor] },
    });
    const { addPlanItem } = await regisseur.data<{ addPlanItem: ItemResult }>(ADD_ITEM, {
      input: { familyId, kind: 'LOG_ENTRY', category: 'SCHOOL', text: 'Noor verzuimt vaak op maandag.', aboutMemberIds: [noor] },
    });
    entryId = addPlanItem.id;
    const { recordConsent } = await regisseur.data<{ recordConsent: { id: string; effective: boolean } }>(RECORD_CONSENT, {
      input: {
        familyId,
        subjectMemberId: noor,
        purpose: 'PLAN_EXCHANGE',
        recipientInvolvementIds: [await involvementOf(school)],
        categories: ['SCHOOL'],
        givenByMemberIds: [motherId],
      },
    });
    consentId = recordConsent.id;
  });
  afterAll(() => ctx.close());

  async function involvementOf(who: GraphQLSession): Promise<string> {
    const { family } = await who.data<{ family: { myRelation: { involvementId: string } } }>(
      `query ($id: ID!) { family(id: $id) { myRelation { involvementId } } }`,
      { id: familyId },
    );
    return family.myRelation.involvementId;
  }
  const entryFor = async (who: GraphQLSession) =>
    (await who.data<{ family: { plan: ItemResult[] } }>(PLAN, { id: familyId })).family.plan.find((item) => item.id === entryId);
  const state = async (who: GraphQLSession = regisseur) => (await who.data<{ family: ConsentState }>(CONSENT_STATE, { id: familyId })).family;
  const record = (who: GraphQLSession, input: Record<string, unknown> = {}) =>
    who.request<{ recordInstitutionalAuthority: { id: string; organisationName: string; startsOn: string; ruling: string } }>(RECORD, {
      input: { familyId, memberId: noor, organisationId: institutionId, startsOn: '2025-01-01', ruling: 'Rechtbank Utrecht C/16/123456', ...input },
    });
  const fields = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions;

  it('lets the parents decide and read while nobody recorded otherwise', async () => {
    expect((await state()).consents.find((c) => c.id === consentId)?.effective).toBe(true);
    expect((await entryFor(school))?.access).toBe('FULL');
    expect((await entryFor(mother))?.access).toBe('FULL');
    // The institution's professional reads within its task only on consent or legal basis, as anyone.
    expect((await entryFor(guardianship))?.access).toBe('REDACTED');
  });

  it('refuses a record from anyone but the regisseur or the institution, and nonsense with the field named', async () => {
    expect(fields(await record(school))?.['code']).toBe(ErrorCode.Forbidden);
    expect(fields(await record(mother))?.['code']).toBe(ErrorCode.Forbidden);
    expect(fields(await record(regisseur, { memberId: motherId }))).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'memberId', message: 'must be a minor on the start date: an adult decides alone' }],
    });
    expect(fields(await record(regisseur, { memberId: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'memberId', message: 'must be a member of this family' }],
    });
    expect(fields(await record(regisseur, { organisationId: schoolOrganisationId }))).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'organisationId', message: 'must be a certified institution (youth protection)' }],
    });
    const uninvolved = await ctx.newOrganisation({ type: 'YOUTH_PROTECTION' });
    expect(fields(await record(regisseur, { organisationId: uninvolved.id }))).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'organisationId', message: 'must be an organisation involved with this family' }],
    });
    expect(fields(await record(regisseur, { ruling: '   ' }))?.['code']).toBe(ErrorCode.BadUserInput);
    expect(fields(await record(regisseur, { startsOn: '1900-01-01' }))).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'startsOn', message: expect.stringContaining("lies before the child's date of birth") }],
    });
    expect((await state()).institutionalAuthorities).toEqual([]);
  });

  it('records it: the institution consents in the parents’ place, and the parents’ consent alone no longer counts', async () => {
    const recorded = await record(regisseur);
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data?.recordInstitutionalAuthority).toMatchObject({ organisationName: 'Jeugdbescherming Regio', startsOn: '2025-01-01' });

    const after = await state();
    expect(after.consentRequirements.find((r) => r.memberId === noor)).toEqual({
      memberId: noor,
      requiredConsenterIds: [],
      requiredInstitutionId: institutionId,
    });
    // Sem's parents still decide for him.
    expect(after.consentRequirements.find((r) => r.memberId === sem)).toMatchObject({ requiredConsenterIds: [motherId], requiredInstitutionId: null });
    expect(after.consents.find((c) => c.id === consentId)?.effective).toBe(false);
    // Who must consent (here: that a court put an institution in the parents' place) is for the professionals only.
    expect((await state(mother)).consentRequirements).toEqual([]);
    expect((await state(school)).consentRequirements.find((r) => r.memberId === noor)?.requiredInstitutionId).toBe(institutionId);
    expect((await entryFor(school))?.access).toBe('REDACTED');
    // The mother no longer reads about Noor as one with authority; the institution reads within its task.
    expect(await entryFor(mother)).toBeUndefined();
    expect((await entryFor(guardianship))?.access).toBe('FULL');
  });

  it('tells the family who holds authority (they are party to the ruling), and the network nothing', async () => {
    const { addNetworkMember } = await regisseur.data<{ addNetworkMember: string }>(
      `mutation ($input: AddNetworkMemberInput!) { addNetworkMember(input: $input) }`,
      { input: { familyId, name: 'Oma V', relation: 'oma' } },
    );
    const grandmother = await ctx.signIn(await ctx.linkAccount({ networkMemberId: addNetworkMember }));
    const READ = `query ($id: ID!) { family(id: $id) { institutionalAuthorities { memberId organisationName startsOn endsOn } } }`;
    const read = async (who: GraphQLSession) =>
      (await who.data<{ family: { institutionalAuthorities: Array<Record<string, unknown>> } }>(READ, { id: familyId })).family
        .institutionalAuthorities;
    expect(await read(mother)).toEqual([{ memberId: noor, organisationName: 'Jeugdbescherming Regio', startsOn: '2025-01-01', endsOn: null }]);
    expect(await read(grandmother)).toEqual([]);
  });

  it('refuses a second record for the same child on the same days', async () => {
    expect(fields(await record(regisseur, { startsOn: '2025-06-01' }))?.['code']).toBe(ErrorCode.Conflict);
    expect((await state()).institutionalAuthorities).toHaveLength(1);
  });

  it('counts the consent the institution’s professional gives on its behalf; nobody else can give it', async () => {
    // The consent page shows the institution's professional (not the regisseur) what waits for the institution.
    const seen = await state(guardianship);
    expect(seen.consents.find((c) => c.id === consentId)).toMatchObject({ effective: false, requiredInstitutionId: institutionId });
    expect(seen.consentRequirements.find((r) => r.memberId === noor)).toMatchObject({ requiredConsenterIds: [], requiredInstitutionId: institutionId });
    expect(fields(await school.request(GIVE_FOR_INSTITUTION, { input: { consentId } }))?.['code']).toBe(ErrorCode.Forbidden);
    expect(fields(await regisseur.request(GIVE_FOR_INSTITUTION, { input: { consentId } }))?.['code']).toBe(ErrorCode.Forbidden);
    expect(fields(await mother.request(GIVE_FOR_INSTITUTION, { input: { consentId } }))?.['code']).toBe(ErrorCode.Forbidden);

    const { giveInstitutionConsent } = await guardianship.data<{
      giveInstitutionConsent: { effective: boolean; requiredInstitutionId: string; givenByInstitutions: Array<{ organisationId: string; name: string }> };
    }>(GIVE_FOR_INSTITUTION, { input: { consentId } });
    expect(giveInstitutionConsent).toMatchObject({
      effective: true,
      requiredInstitutionId: institutionId,
      givenByInstitutions: [{ organisationId: institutionId, name: 'Jeugdbescherming Regio' }],
    });
    expect((await entryFor(school))?.access).toBe('FULL');
  });

  it('ends it: the parents decide again, and a later record may follow but not overlap', async () => {
    const [authority] = (await state()).institutionalAuthorities;
    expect(fields(await school.request(END, { input: { id: authority.id, endsOn: '2025-06-30' } }))?.['code']).toBe(ErrorCode.Forbidden);
    expect(fields(await mother.request(END, { input: { id: authority.id, endsOn: '2025-06-30' } }))?.['code']).toBe(ErrorCode.Forbidden);
    expect(fields(await regisseur.request(END, { input: { id: authority.id, endsOn: '2024-12-31' } }))).toMatchObject({
      code: ErrorCode.BadUserInput,
      fields: [{ field: 'endsOn', message: 'lies before the start (2025-01-01)' }],
    });

    await guardianship.data(END, { input: { id: authority.id, endsOn: '2025-06-30' } });
    expect(fields(await regisseur.request(END, { input: { id: authority.id, endsOn: '2025-07-30' } }))?.['code']).toBe(ErrorCode.Conflict);
    const after = await state();
    expect(after.consentRequirements.find((r) => r.memberId === noor)).toMatchObject({ requiredConsenterIds: [motherId], requiredInstitutionId: null });
    // The mother's own consent counts again; the institution's no longer matters.
    expect(after.consents.find((c) => c.id === consentId)?.effective).toBe(true);
    expect((await entryFor(mother))?.access).toBe('FULL');

    expect(fields(await record(regisseur, { startsOn: '2025-03-01' }))?.['code']).toBe(ErrorCode.Conflict);
    const later = await record(guardianship, { startsOn: '2026-01-01' });
    expect(later.errors).toBeUndefined();
  });

  it('is refused by the database itself: an adult, someone of another family, two records for one day', async () => {
    const insert = (memberId: string, startsOn: string, family = familyId) =>
      ctx.asOwner(
        `INSERT INTO institutional_authority (family_id, member_id, organisation_id, starts_on, ruling, recorded_by_account_id)
         SELECT $1, $2, $3, $4, 'uitspraak', recorded_by_account_id FROM institutional_authority LIMIT 1`,
        [family, memberId, institutionId, startsOn],
      );
    await expect(insert(motherId, '2025-01-01')).rejects.toThrow(/not a minor/);
    await expect(insert(sem, '2025-01-01', '00000000-0000-4000-8000-000000000001')).rejects.toThrow(/not a member of this family/);
    await expect(insert(noor, '2025-02-01')).rejects.toThrow(/another record covers these days/);
    await expect(insert(noor, '2027-01-01')).rejects.toThrow(/another record covers these days/);
  });
});
