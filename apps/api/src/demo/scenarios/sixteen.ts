import { ConsentPurpose } from '@gezinsplan/access-policy';
import { AccountKind } from '@gezinsplan/domain';
import { DemoAccount, portalAccount } from '../demo-organisations';
import { DemoScenario } from './demo-context';
import { DemoFamily } from './demo-family';
import { writeItems } from './plan-items';

/**
 * Scenario 4: Thijs is sixteen and in treatment at youth mental health. He
 * decides alone: he lets the regisseur hear the broad lines, and gives no
 * consent to inform his family, so everything about him is hidden from his
 * parents. They do see that Jeugd-GGZ is involved with him: who is involved is for everyone.
 */
export const MARLEEN = portalAccount('marleen.deboer@mail.example', 'Marleen de Boer', AccountKind.FamilyMember,
  'mother of Thijs (16) and Fleur: sees that youth mental health is involved, not what it writes (scenario 4)');
export const THIJS = portalAccount('thijs.hoekstra@mail.example', 'Thijs Hoekstra', AccountKind.FamilyMember,
  'Thijs, 16: decides himself what his parents are told (scenario 4)');
export const SIXTEEN_ACCOUNTS: readonly DemoAccount[] = [MARLEEN, THIJS];

export const loadSixteen: DemoScenario = async (context) => {
  const { account, calendar } = context;
  const sanneAccount = account('sanne.jansen@wijkteam.example');
  const joostAccount = account('joost.mulder@jeugdggz.example');
  const family = await DemoFamily.start(context, { name: 'Gezin Hoekstra', createdBy: sanneAccount, since: -52 });
  const member = await family.members({
    wouter: { givenName: 'Wouter', familyName: 'Hoekstra', role: 'PARENT', dateOfBirth: calendar.born(49, 30), hasParentalAuthority: true },
    marleen: { givenName: 'Marleen', familyName: 'de Boer', role: 'PARENT', dateOfBirth: calendar.born(47, 300),
      hasParentalAuthority: true, accountId: account(MARLEEN.email) },
    // Sixteen for a while yet: his birthday was three months ago.
    thijs: { givenName: 'Thijs', familyName: 'Hoekstra', role: 'CHILD', dateOfBirth: calendar.born(16, 95), accountId: account(THIJS.email) },
    fleur: { givenName: 'Fleur', familyName: 'Hoekstra', role: 'CHILD', dateOfBirth: calendar.born(13, 210) },
  });
  const involvement = await family.involvements({
    sanne: { accountId: sanneAccount,
      task: 'Regie: rust in huis en steun voor Wouter en Marleen bij de opvoeding; afstemming met jeugd-GGZ als Thijs dat wil',
      categories: ['GENERAL', 'SAFETY', 'MENTAL_HEALTH'], memberIds: Object.values(member), since: -52, invitedBy: sanneAccount },
    joost: { accountId: joostAccount, task: 'Jeugd-GGZ: behandeling van Thijs',
      categories: ['MENTAL_HEALTH'], memberIds: [member.thijs], since: -40, invitedBy: sanneAccount },
  });
  await family.regisseurTerms([{ involvementId: involvement.sanne, assignedBy: sanneAccount, startedAt: calendar.at(-52, '09:00') }]);
  // From sixteen his consent is his alone: no parent signs. There is deliberately no INFORM_FAMILY consent.
  await family.consents([
    { subjectMemberId: member.thijs, purpose: ConsentPurpose.PlanExchange, recipientInvolvementIds: [involvement.sanne],
      categories: ['MENTAL_HEALTH'], since: -38, validUntil: calendar.day(180), recordedBy: sanneAccount,
      givenBy: [{ memberId: member.thijs, day: -38 }] },
  ]);

  const sanne = { accountId: sanneAccount, involvementId: involvement.sanne };
  const joost = { accountId: joostAccount, involvementId: involvement.joost };
  const parents = [member.wouter, member.marleen];

  await writeItems(family, [
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: parents, by: sanne, day: -50, lifeDomain: 'PARENTING', aspect: 'CONCERN',
      text: 'Wouter en Marleen maken zich veel zorgen. Ze hebben vaak ruzie met elkaar over hoe ze het moeten aanpakken en voelen zich machteloos.' },
    { kind: 'SITUATION', category: 'GENERAL', by: sanne, day: -50, lifeDomain: 'PARENTING', aspect: 'STRENGTH',
      text: 'Het gezin eet elke avond samen. Wouter en Marleen willen allebei hulp en komen trouw naar de gesprekken.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.thijs], by: sanne, day: -50, lifeDomain: 'SCHOOL_WORK', aspect: 'CONCERN',
      text: "Thijs zit in 5 havo en heeft sinds september veel lessen gemist. Hij slaapt slecht en zit 's nachts op zijn telefoon." },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.fleur], by: sanne, day: -50, lifeDomain: 'SOCIAL_NETWORK', aspect: 'STRENGTH',
      text: 'Fleur doet het goed op school en heeft veel vriendinnen. Als er thuis ruzie is, gaat ze naar haar kamer.' },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: parents, by: sanne, day: -50,
      text: "Wouter en Marleen: 'We willen als ouders weer op één lijn zitten, zodat er minder ruzie is in huis.'" },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.fleur], by: sanne, day: -50,
      text: "Fleur: 'Ik wil dat het aan tafel gezellig is.'" },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.thijs], by: sanne, day: -36,
      text: "Thijs: 'Ik wil weer normaal slapen en gewoon naar school gaan.'" },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: parents, by: sanne, day: -50,
      assignee: { type: 'FAMILY_MEMBER', id: member.wouter }, dueOn: calendar.day(25),
      text: 'Wouter en Marleen gaan samen naar vier gesprekken over opvoeden bij het wijkteam. Wouter plant ze in.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.fleur], by: sanne, day: -50,
      assignee: { type: 'FAMILY_MEMBER', id: member.marleen }, dueOn: calendar.day(-30), status: 'DONE',
      text: 'Marleen maakt met Fleur afspraken over telefoons aan tafel, voor het hele gezin.' },
    { kind: 'AGREEMENT', category: 'MENTAL_HEALTH', aboutMemberIds: [member.thijs], by: sanne, day: -36,
      assignee: { type: 'INVOLVEMENT', id: involvement.joost }, dueOn: calendar.day(40),
      text: 'Joost en Thijs spreken elke week af. Thijs houdt een slaapdagboek bij.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.thijs], by: sanne, day: -36,
      assignee: { type: 'INVOLVEMENT', id: involvement.sanne }, dueOn: calendar.day(12),
      text: 'Sanne belt met de mentor van Thijs over een aangepast rooster. Thijs bepaalt wat de mentor hoort.' },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.thijs], by: sanne, day: -36,
      text: "Thijs: 'Ik ben zestien. Ik beslis zelf wat mijn ouders over mijn behandeling horen. Misschien vertel ik het later zelf, als ik er klaar voor ben.'" },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.fleur], by: sanne, day: -30,
      text: "Fleur: 'Ik vind het stom dat iedereen altijd boos is aan tafel.'" },
    { kind: 'EVALUATION', category: 'GENERAL', by: sanne, day: -50, dueOn: calendar.day(20),
      text: 'Evaluatie met Wouter, Marleen en Fleur. Thijs praat vooraf apart met Sanne en bepaalt zelf wat hij inbrengt.' },

    { kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', aboutMemberIds: [member.thijs], by: joost, day: -39,
      text: 'Intake met Thijs; de huisarts heeft hem verwezen. Hij is sinds de zomer somber en slaapt slecht. Thijs wil niet dat zijn ouders iets over de behandeling horen. Hij is zestien en beslist dat zelf. Besproken dat hij daar later anders over mag denken.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.thijs], by: sanne, day: -38,
      text: 'Gesprek met Thijs en Joost. Thijs geeft toestemming dat Joost en Sanne elkaar op hoofdlijnen op de hoogte houden. Zijn ouders lezen niet mee; dat blijft zo tot hij zelf iets anders zegt.' },
    { kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', aboutMemberIds: [member.thijs], by: joost, day: -25,
      text: "Derde gesprek. Thijs houdt een slaapdagboek bij. We zoeken uit wat hem 's avonds wakker houdt." },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: parents, by: sanne, day: -14,
      text: 'Tweede opvoedgesprek met Wouter en Marleen. Ze merken dat er minder ruzie is als ze eerst samen overleggen, en pas daarna met de kinderen praten.' },
    { kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', aboutMemberIds: [member.thijs], by: joost, day: -9,
      text: 'Thijs gaat weer vier dagen per week naar school. Hij denkt erover om zijn moeder zelf te vertellen dat hij hulp heeft.' },
  ]);
};
