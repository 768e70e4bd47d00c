import { AccountKind } from '@gezinsplan/domain';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLInputType, GraphQLObjectType, getNamedType, isInputObjectType } from 'graphql';
import { randomUUID } from 'node:crypto';
import { GraphQLSession } from '../testing/graphql-session';
import { ADD_ITEM, CREATE_FAMILY, INVITE } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

/**
 * No existence oracle: for every operation that takes an id, a real id of
 * something the caller may not see (another family's record, another
 * organisation's account) gets the very same answer, byte for byte, as an id
 * that exists nowhere.
 *
 * The operations are discovered from the schema. A new operation with an ID
 * argument (or an ID anywhere in its input) makes this spec fail until it has
 * a case below: add an entry to CASES keyed `Query.x` or `Mutation.x`, with
 * who calls (`caller`), the document, and the variables for one id (`id` is
 * the foreign one in one run, a random UUID in the other; every other id is
 * the caller's own, so only that one differs). Several cases per operation
 * (one per id position) are welcome: give them an array.
 */

interface World {
  familyA: string;
  memberA: string;
  familyB: string;
  memberB: string;
  networkB: string;
  involvementB: string;
  invitedB: string;
  itemB: string;
  consentB: string;
  legalBasisB: string;
  signalB: string;
  subjectB: string;
  notificationB: string;
  handoverB: string;
  institutionalAuthorityB: string;
  accountB: string;
  organisationB: string;
}

interface Case {
  /** Who asks: the regisseur of family A, a member of family A, or the administrator of A's organisation or of an idle one. */
  caller: 'regisseurA' | 'familyMemberA' | 'organisationAdminA' | 'organisationAdminC';
  query: string;
  /** The foreign id to try, from the world. */
  foreign: (world: World) => string;
  variables: (id: string, world: World) => Record<string, unknown>;
}

const step = 'Vastgelegd na overleg met de jeugdarts.';

const CASES: Record<string, Case | Case[]> = {
  'Query.family': { caller: 'regisseurA', query: `query ($id: ID!) { family(id: $id) { id } }`, foreign: (w) => w.familyB, variables: (id) => ({ id }) },
  'Query.invitableOrganisations': {
    caller: 'regisseurA',
    query: `query ($id: ID!) { invitableOrganisations(familyId: $id) { id } }`,
    foreign: (w) => w.familyB,
    variables: (id) => ({ id }),
  },
  'Query.invitableProfessionals': {
    caller: 'regisseurA',
    query: `query ($id: ID!, $org: ID!) { invitableProfessionals(familyId: $id, organisationId: $org) { id } }`,
    foreign: (w) => w.familyB,
    variables: (id, w) => ({ id, org: w.organisationB }),
  },
  'Query.organisationAccounts': {
    caller: 'organisationAdminA',
    query: `query ($id: ID) { organisationAccounts(organisationId: $id) { id } }`,
    foreign: (w) => w.organisationB,
    variables: (id) => ({ id }),
  },
  // Platform administrators investigate every family by design. An organisation administrator
  // sees their own organisation's lines (refused attempts included), so the caller is one whose
  // organisation did nothing here.
  'Query.accessLogInvestigation': [
    {
      caller: 'organisationAdminC',
      query: `query ($id: ID) { accessLogInvestigation(familyId: $id) { id } }`,
      foreign: (w) => w.familyB,
      variables: (id) => ({ id }),
    },
    {
      caller: 'organisationAdminC',
      query: `query ($id: ID) { accessLogInvestigation(accountId: $id) { id } }`,
      foreign: (w) => w.accountB,
      variables: (id) => ({ id }),
    },
  ],
  'Query.planItem': { caller: 'regisseurA', query: `query ($id: ID!) { planItem(id: $id) { id history { version } } }`, foreign: (w) => w.itemB, variables: (id) => ({ id }) },
  'Query.networkMember': {
    caller: 'regisseurA',
    query: `query ($id: ID!) { networkMember(id: $id) { id history { version } } }`,
    foreign: (w) => w.networkB,
    variables: (id) => ({ id }),
  },
  'Query.regisseurProposal': {
    caller: 'regisseurA',
    query: `query ($id: ID!) { regisseurProposal(subjectIds: [$id]) { reason } }`,
    foreign: (w) => w.subjectB,
    variables: (id) => ({ id }),
  },
  'Mutation.addFamilyMember': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { addFamilyMember(input: { familyId: $id, givenName: "Tim", familyName: "Lens", role: CHILD, dateOfBirth: "2015-01-01" }) }`,
    foreign: (w) => w.familyB,
    variables: (id) => ({ id }),
  },
  'Mutation.addNetworkMember': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { addNetworkMember(input: { familyId: $id, name: "Oma", relation: "oma" }) }`,
    foreign: (w) => w.familyB,
    variables: (id) => ({ id }),
  },
  'Mutation.addPlanItem': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!) { addPlanItem(input: { familyId: $id, kind: GOAL, category: GENERAL, text: "Doel" }) { id } }`,
      foreign: (w) => w.familyB,
      variables: (id) => ({ id }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { addPlanItem(input: { familyId: $family, kind: GOAL, category: GENERAL, text: "Doel", aboutMemberIds: [$id] }) { id } }`,
      foreign: (w) => w.memberB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!, $member: ID!) { addPlanItem(input: { familyId: $family, kind: GOAL, category: GENERAL, text: "Doel", goalId: $id, aboutMemberIds: [$member] }) { id } }`,
      foreign: (w) => w.itemB,
      variables: (id, w) => ({ id, family: w.familyA, member: w.memberA }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { addPlanItem(input: { familyId: $family, kind: AGREEMENT, category: GENERAL, text: "Afspraak", dueOn: "2030-01-01", assignee: { type: INVOLVEMENT, id: $id } }) { id } }`,
      foreign: (w) => w.involvementB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
  ],
  'Mutation.closePlan': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { closePlan(input: { familyId: $id, closingReason: GOALS_REACHED, explanation: "Doelen bereikt", finalEvaluation: "Het gezin redt het zelf." }) { id } }`,
    foreign: (w) => w.familyB,
    variables: (id) => ({ id }),
  },
  'Mutation.reopenPlan': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { reopenPlan(input: { familyId: $id, explanation: "Nieuwe zorgen" }) { id } }`,
    foreign: (w) => w.familyB,
    variables: (id) => ({ id }),
  },
  'Mutation.adoptPlan': { caller: 'regisseurA', query: `mutation ($id: ID!) { adoptPlan(familyId: $id) { id } }`, foreign: (w) => w.familyB, variables: (id) => ({ id }) },
  'Mutation.createAccount': {
    caller: 'organisationAdminA',
    query: `mutation ($id: ID) { createAccount(input: { organisationId: $id, kind: "PROFESSIONAL", displayName: "Nieuwe collega", email: "nieuw@test.example" }) { id } }`,
    foreign: (w) => w.organisationB,
    variables: (id) => ({ id }),
  },
  'Mutation.endInvolvement': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { endInvolvement(input: { involvementId: $id, expectedVersion: 1, reason: "Taak is klaar." }) }`,
    foreign: (w) => w.invitedB,
    variables: (id) => ({ id }),
  },
  'Mutation.giveConsent': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $member: ID!) { giveConsent(input: { consentId: $id, memberId: $member }) { id } }`,
      foreign: (w) => w.consentB,
      variables: (id, w) => ({ id, member: w.memberA }),
    },
  ],
  'Mutation.giveInstitutionConsent': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { giveInstitutionConsent(input: { consentId: $id }) { id } }`,
    foreign: (w) => w.consentB,
    variables: (id) => ({ id }),
  },
  'Mutation.recordInstitutionalAuthority': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $member: ID!, $org: ID!) { recordInstitutionalAuthority(input: { familyId: $id, memberId: $member, organisationId: $org, startsOn: "2024-01-01", ruling: "Uitspraak" }) { id } }`,
      foreign: (w) => w.familyB,
      variables: (id, w) => ({ id, member: w.memberB, org: w.organisationB }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!, $org: ID!) { recordInstitutionalAuthority(input: { familyId: $family, memberId: $id, organisationId: $org, startsOn: "2024-01-01", ruling: "Uitspraak" }) { id } }`,
      foreign: (w) => w.memberB,
      variables: (id, w) => ({ id, family: w.familyA, org: w.organisationB }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $member: ID!, $id: ID!) { recordInstitutionalAuthority(input: { familyId: $family, memberId: $member, organisationId: $id, startsOn: "2024-01-01", ruling: "Uitspraak" }) { id } }`,
      foreign: (w) => w.organisationB,
      variables: (id, w) => ({ id, family: w.familyA, member: w.memberA }),
    },
  ],
  'Mutation.endInstitutionalAuthority': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { endInstitutionalAuthority(input: { id: $id, endsOn: "2030-01-01" }) { id } }`,
    foreign: (w) => w.institutionalAuthorityB,
    variables: (id) => ({ id }),
  },
  'Mutation.handOverRegisseur': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $to: ID!) { handOverRegisseur(input: { familyId: $id, toInvolvementId: $to, note: "Overdracht" }) }`,
      foreign: (w) => w.familyB,
      variables: (id) => ({ id, to: randomUUID() }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { handOverRegisseur(input: { familyId: $family, toInvolvementId: $id, note: "Overdracht" }) }`,
      foreign: (w) => w.invitedB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
  ],
  'Mutation.inviteInvolvement': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $member: ID!) { inviteInvolvement(input: { familyId: $id, categories: [GENERAL], memberIds: [$member], professionalEmail: "x@test.example", task: "School" }) }`,
      foreign: (w) => w.familyB,
      variables: (id, w) => ({ id, member: w.memberB }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { inviteInvolvement(input: { familyId: $family, categories: [GENERAL], memberIds: [$id], professionalEmail: "x@test.example", task: "School" }) }`,
      foreign: (w) => w.memberB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
  ],
  'Mutation.inviteToPortal': [
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { inviteToPortal(input: { familyId: $family, memberId: $id, email: "p@test.example" }) }`,
      foreign: (w) => w.memberB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { inviteToPortal(input: { familyId: $family, networkMemberId: $id, email: "p@test.example" }) }`,
      foreign: (w) => w.networkB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $member: ID!) { inviteToPortal(input: { familyId: $id, memberId: $member, email: "p@test.example" }) }`,
      foreign: (w) => w.familyB,
      variables: (id, w) => ({ id, member: w.memberB }),
    },
  ],
  'Mutation.acceptRegisseurHandover': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { acceptRegisseurHandover(proposalId: $id) }`,
    foreign: (w) => w.handoverB,
    variables: (id) => ({ id }),
  },
  'Mutation.declineRegisseurHandover': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { declineRegisseurHandover(input: { proposalId: $id, reason: "Geen tijd" }) }`,
    foreign: (w) => w.handoverB,
    variables: (id) => ({ id }),
  },
  'Mutation.withdrawRegisseurHandover': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { withdrawRegisseurHandover(proposalId: $id) }`,
    foreign: (w) => w.handoverB,
    variables: (id) => ({ id }),
  },
  'Mutation.markNotificationRead': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { markNotificationRead(id: $id) }`,
    foreign: (w) => w.notificationB,
    variables: (id) => ({ id }),
  },
  'Mutation.recordConsent': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $member: ID!) { recordConsent(input: { familyId: $id, purpose: INFORM_FAMILY, subjectMemberId: $member, givenByMemberIds: [$member], categories: [GENERAL] }) { id } }`,
      foreign: (w) => w.familyB,
      variables: (id, w) => ({ id, member: w.memberB }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { recordConsent(input: { familyId: $family, purpose: INFORM_FAMILY, subjectMemberId: $id, givenByMemberIds: [$id], categories: [GENERAL] }) { id } }`,
      foreign: (w) => w.memberB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $member: ID!, $id: ID!) { recordConsent(input: { familyId: $family, purpose: PLAN_EXCHANGE, subjectMemberId: $member, givenByMemberIds: [$member], categories: [GENERAL], recipientInvolvementIds: [$id] }) { id } }`,
      foreign: (w) => w.invitedB,
      variables: (id, w) => ({ id, family: w.familyA, member: w.memberA }),
    },
  ],
  'Mutation.recordFamilyInformed': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { recordFamilyInformed(input: { legalBasisId: $id, informedAt: "2024-01-01T10:00:00Z" }) { id } }`,
    foreign: (w) => w.legalBasisB,
    variables: (id) => ({ id }),
  },
  'Mutation.recordLegalBasis': [
    {
      caller: 'regisseurA',
      query: `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id } }`,
      foreign: (w) => w.familyB,
      variables: (id, w) => ({ input: legalBasisInput(id, w.invitedB, w.memberB) }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id } }`,
      foreign: (w) => w.invitedB,
      variables: (id, w) => ({ input: legalBasisInput(w.familyA, id, w.memberA) }),
    },
  ],
  'Mutation.removePlanItem': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { removePlanItem(input: { id: $id, expectedVersion: 1, reason: "Dubbel ingevoerd" }) }`,
    foreign: (w) => w.itemB,
    variables: (id) => ({ id }),
  },
  'Mutation.resendActivationLink': {
    caller: 'organisationAdminA',
    query: `mutation ($id: ID!) { resendActivationLink(input: { accountId: $id }) { id } }`,
    foreign: (w) => w.accountB,
    variables: (id) => ({ id }),
  },
  'Mutation.resendPortalInvitation': [
    {
      caller: 'regisseurA',
      query: `mutation ($family: ID!, $id: ID!) { resendPortalInvitation(input: { familyId: $family, memberId: $id }) }`,
      foreign: (w) => w.memberB,
      variables: (id, w) => ({ id, family: w.familyA }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $member: ID!) { resendPortalInvitation(input: { familyId: $id, memberId: $member }) }`,
      foreign: (w) => w.familyB,
      variables: (id, w) => ({ id, member: w.memberB }),
    },
  ],
  'Mutation.respondToPlanItem': {
    caller: 'familyMemberA',
    query: `mutation ($id: ID!) { respondToPlanItem(input: { targetItemId: $id, kind: COMMENT, text: "Eens" }) { id } }`,
    foreign: (w) => w.itemB,
    variables: (id) => ({ id }),
  },
  'Mutation.revokeLegalBasis': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { revokeLegalBasis(id: $id) { id } }`,
    foreign: (w) => w.legalBasisB,
    variables: (id) => ({ id }),
  },
  'Mutation.sendPasswordResetLink': {
    caller: 'organisationAdminA',
    query: `mutation ($id: ID!) { sendPasswordResetLink(input: { accountId: $id }) { id } }`,
    foreign: (w) => w.accountB,
    variables: (id) => ({ id }),
  },
  'Mutation.setAccountDisabled': {
    caller: 'organisationAdminA',
    query: `mutation ($id: ID!) { setAccountDisabled(input: { accountId: $id, disabled: true }) { id } }`,
    foreign: (w) => w.accountB,
    variables: (id) => ({ id }),
  },
  'Mutation.setAgreementStatus': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { setAgreementStatus(input: { id: $id, expectedVersion: 1, status: "DONE" }) { id } }`,
    foreign: (w) => w.itemB,
    variables: (id) => ({ id }),
  },
  'Mutation.startPlanFromMatch': [
    {
      caller: 'regisseurA',
      query: `mutation ($id: ID!, $subject: ID!) { startPlanFromMatch(input: { familyName: "Gezin X", regisseurConfirmed: true, regisseurSignalId: $id, subjectIds: [$subject] }) { id } }`,
      foreign: (w) => w.signalB,
      variables: (id, w) => ({ id, subject: w.subjectB }),
    },
    {
      caller: 'regisseurA',
      query: `mutation ($signal: ID!, $id: ID!) { startPlanFromMatch(input: { familyName: "Gezin X", regisseurConfirmed: true, regisseurSignalId: $signal, subjectIds: [$id] }) { id } }`,
      foreign: (w) => w.subjectB,
      variables: (id, w) => ({ id, signal: w.signalB }),
    },
  ],
  'Mutation.updateFamilyMember': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { updateFamilyMember(input: { id: $id, expectedVersion: 1, givenName: "Eva", familyName: "Lens", role: PARENT, dateOfBirth: "1984-01-01", hasParentalAuthority: true, livesAtHome: true }) { id } }`,
    foreign: (w) => w.memberB,
    variables: (id) => ({ id }),
  },
  'Mutation.updateNetworkMember': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { updateNetworkMember(input: { id: $id, expectedVersion: 1, name: "Oma", relation: "oma" }) { id } }`,
    foreign: (w) => w.networkB,
    variables: (id) => ({ id }),
  },
  'Mutation.updatePlanItem': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { updatePlanItem(input: { id: $id, expectedVersion: 1, text: "Nieuw" }) { id } }`,
    foreign: (w) => w.itemB,
    variables: (id) => ({ id }),
  },
  'Mutation.withdrawConsent': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { withdrawConsent(input: { consentId: $id }) { id } }`,
    foreign: (w) => w.consentB,
    variables: (id) => ({ id }),
  },
  'Mutation.withdrawSignal': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { withdrawSignal(input: { signalId: $id }) }`,
    foreign: (w) => w.signalB,
    variables: (id) => ({ id }),
  },
  'Mutation.withholdFromFamily': {
    caller: 'regisseurA',
    query: `mutation ($id: ID!) { withholdFromFamily(input: { id: $id, expectedVersion: 1, reason: "Bescherming van de melder" }) { id } }`,
    foreign: (w) => w.itemB,
    variables: (id) => ({ id }),
  },
};

function legalBasisInput(familyId: string, recipientInvolvementId: string, memberId: string) {
  return {
    familyId,
    recipientInvolvementId,
    subjectMemberIds: [memberId],
    kind: 'MELDCODE',
    categories: ['SAFETY'],
    purpose: step,
    necessaryInformation: step,
    proportionality: step,
    subsidiarity: step,
    professionalSecrecy: step,
    familyInformedAt: '2024-01-01T10:00:00Z',
  };
}

function takesAnId(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID') return true;
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((field) => takesAnId(field.type, seen));
}

/** Every root operation with an ID among its arguments, anywhere in its input. */
function idTakingOperations(schema: { getQueryType(): GraphQLObjectType | null | undefined; getMutationType(): GraphQLObjectType | null | undefined }): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    root ? Object.values(root.getFields()).filter((field) => field.args.some((arg) => takesAnId(arg.type))).map((field) => `${root.name}.${field.name}`) : [],
  );
}

const BSN = '111222333';

describe('no existence oracle: a foreign id is answered exactly as a random one', () => {
  let ctx: TestContext;
  let world: World;
  const callers = {} as Record<Case['caller'], GraphQLSession>;

  beforeAll(async () => {
    ctx = await TestContext.create();
    const organisationA = await ctx.newOrganisation({ type: 'YOUTH_PROTECTION' });
    const organisationB = await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' });
    callers.regisseurA = await ctx.signIn(await ctx.newAccount({ organisation: organisationA }));
    callers.organisationAdminA = await ctx.signIn(await ctx.newAccount({ kind: AccountKind.OrganisationAdmin, organisation: organisationA }));
    callers.organisationAdminC = await ctx.signIn(await ctx.newAccount({ kind: AccountKind.OrganisationAdmin, organisation: await ctx.newOrganisation() }));
    const accountB = await ctx.newAccount({ organisation: organisationB });
    const regisseurB = await ctx.signIn(accountB);
    const colleagueB = await ctx.newAccount({ organisation: organisationB });

    const create = async (session: GraphQLSession, name: string) =>
      (
        await session.data<{ createFamily: { id: string; members: Array<{ id: string }>; network: Array<{ id: string }>; involvements: Array<{ id: string }> } }>(
          CREATE_FAMILY,
          {
            input: {
              name,
              regisseurTask: 'Regie',
              members: [{ givenName: 'Eva', familyName: name, role: 'PARENT', dateOfBirth: '1984-01-01', hasParentalAuthority: true }],
              network: [{ name: 'Oma', relation: 'oma' }],
            },
          },
        )
      ).createFamily;
    const familyA = await create(callers.regisseurA, 'Gezin A');
    const familyB = await create(regisseurB, 'Gezin B');
    callers.familyMemberA = await ctx.signIn(await ctx.linkAccount({ memberId: familyA.members[0].id }));
    const invitedB = (
      await regisseurB.data<{ inviteInvolvement: string }>(INVITE, {
        input: { familyId: familyB.id, categories: ['GENERAL', 'SAFETY'], memberIds: [familyB.members[0].id], professionalEmail: colleagueB.email, task: 'Gezinscoaching' },
      })
    ).inviteInvolvement;
    const itemB = (
      await regisseurB.data<{ addPlanItem: { id: string } }>(ADD_ITEM, {
        input: {
          familyId: familyB.id,
          kind: 'AGREEMENT',
          category: 'GENERAL',
          text: 'Afspraak',
          aboutMemberIds: [familyB.members[0].id],
          assignee: { type: 'INVOLVEMENT', id: familyB.involvements[0].id },
          dueOn: '2030-01-01',
        },
      })
    ).addPlanItem.id;
    const consentB = (
      await regisseurB.data<{ recordConsent: { id: string } }>(
        `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id } }`,
        { input: { familyId: familyB.id, purpose: 'PLAN_EXCHANGE', subjectMemberId: familyB.members[0].id, givenByMemberIds: [], categories: ['GENERAL'], recipientInvolvementIds: [invitedB] } },
      )
    ).recordConsent.id;
    const legalBasisB = (
      await regisseurB.data<{ recordLegalBasis: { id: string } }>(`mutation ($input: RecordLegalBasisInput!) { recordLegalBasis(input: $input) { id } }`, {
        input: legalBasisInput(familyB.id, invitedB, familyB.members[0].id),
      })
    ).recordLegalBasis.id;
    const handoverB = (
      await regisseurB.data<{ handOverRegisseur: string }>(`mutation ($input: HandOverRegisseurInput!) { handOverRegisseur(input: $input) }`, {
        input: { familyId: familyB.id, toInvolvementId: invitedB, note: 'Overdracht aan een collega' },
      })
    ).handOverRegisseur;
    const signal = (
      await regisseurB.data<{ registerSignal: { subject: { id: string }; signals: Array<{ id: string }> } }>(
        `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { subject { id } signals { id } } }`,
        {
          input: {
            bsn: BSN,
            givenName: 'Lisanne',
            familyName: 'Meijer',
            dateOfBirth: '2017-04-02',
            street: 'Lindenlaan',
            houseNumber: '12',
            postcode: '3511 AB',
            city: 'Utrecht',
            domain: 'EDUCATION',
            contactPhone: '030-1234567',
            informedAt: '2024-01-01',
          },
        },
      )
    ).registerSignal;
    // A minor of family B over whom a certified institution holds authority (organisation A is one).
    const [minorB] = await ctx.asOwner<{ id: string }>(
      `INSERT INTO family_member (family_id, given_name, family_name, role, date_of_birth, has_parental_authority, lives_at_home)
       VALUES ($1, 'Sam', 'Gezin B', 'CHILD', '2018-01-01', false, true) RETURNING id`,
      [familyB.id],
    );
    const [institutionalAuthorityB] = await ctx.asOwner<{ id: string }>(
      `INSERT INTO institutional_authority (family_id, member_id, organisation_id, starts_on, ruling, recorded_by_account_id)
       VALUES ($1, $2, $3, '2024-01-01', 'Uitspraak', $4) RETURNING id`,
      [familyB.id, minorB.id, organisationA.id, accountB.account.id],
    );
    const [notification] = (await ctx.dataSource.query(
      `INSERT INTO notification (account_id, kind, message) VALUES ($1, 'SIGNAL_MATCH', 'Er is een match') RETURNING id`,
      [accountB.account.id],
    )) as Array<{ id: string }>;
    world = {
      familyA: familyA.id,
      memberA: familyA.members[0].id,
      familyB: familyB.id,
      memberB: familyB.members[0].id,
      networkB: familyB.network[0].id,
      involvementB: familyB.involvements[0].id,
      invitedB,
      itemB,
      consentB,
      legalBasisB,
      signalB: signal.signals[0].id,
      subjectB: signal.subject.id,
      notificationB: notification.id,
      handoverB,
      institutionalAuthorityB: institutionalAuthorityB.id,
      accountB: accountB.account.id,
      organisationB: organisationB.id,
    };
  });
  afterAll(() => ctx.close());

  it('has a case for every operation that takes an id (add one to CASES for a new operation)', () => {
    const operations = idTakingOperations(ctx.app.get(GraphQLSchemaHost).schema);
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((operation) => !(operation in CASES))).toEqual([]);
    // And no case for an operation that no longer exists or takes no id.
    expect(Object.keys(CASES).filter((operation) => !operations.includes(operation))).toEqual([]);
  });

  const cases = Object.entries(CASES).flatMap(([operation, entry]) =>
    (Array.isArray(entry) ? entry : [entry]).map((testCase, index) => ({ name: `${operation} #${index + 1}`, testCase })),
  );

  it.each(cases)('$name', async ({ testCase }) => {
    const session = callers[testCase.caller];
    const ask = async (id: string) => {
      const { status, data, errors } = await session.request(testCase.query, testCase.variables(id, world));
      return JSON.stringify({ status, data, errors });
    };
    const foreign = await ask(testCase.foreign(world));
    const random = await ask(randomUUID());
    expect(foreign).toEqual(random);
    // A case whose document is malformed would compare two equal refusals of nothing.
    expect(random).not.toContain('GRAPHQL_VALIDATION_FAILED');
  });
});
