import { ConsentPurpose, LegalBasisKind } from '@gezinsplan/access-policy';
import { AccountKind } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { DemoAccount, portalAccount } from '../demo-organisations';
import { DemoScenario } from './demo-context';
import { DemoFamily } from './demo-family';
import { insertRows } from './insert-rows';
import { writeItems } from './plan-items';

/**
 * Scenario 1 (domain.md section 7): two schools worry about a sister and
 * brother, their mother is in GGZ treatment. One plan, one regisseur; each
 * school sees what its task needs about its own pupil, and that GGZ holds
 * information about the mother, not what it is.
 */
export const ESTHER = portalAccount('esther.degraaf@mail.example', 'Esther de Graaf', AccountKind.FamilyMember,
  'mother of Lisanne and Lars, with parental authority (scenario 1)');
export const LARS = portalAccount('lars.meijer@mail.example', 'Lars Meijer', AccountKind.FamilyMember,
  'Lars, 15: reads what is about him (scenario 1)');
export const LISANNE_AND_LARS_ACCOUNTS: readonly DemoAccount[] = [ESTHER, LARS];

export const loadLisanneAndLars: DemoScenario = async (context) => {
  const { account, calendar } = context;
  const sanneAccount = account('sanne.jansen@wijkteam.example');
  const family = await DemoFamily.start(context, { name: 'Gezin Meijer', createdBy: sanneAccount, since: -46 });
  const member = await family.members({
    esther: { givenName: 'Esther', familyName: 'de Graaf', role: 'PARENT', dateOfBirth: calendar.born(41, 120),
      hasParentalAuthority: true, accountId: account(ESTHER.email) },
    // Divorced, with joint authority as is usual in the Netherlands: his consent is needed too.
    ronald: { givenName: 'Ronald', familyName: 'Meijer', role: 'PARENT', dateOfBirth: calendar.born(44, 200),
      hasParentalAuthority: true, livesAtHome: false },
    lars: { givenName: 'Lars', familyName: 'Meijer', role: 'CHILD', dateOfBirth: calendar.born(15, 150),
      accountId: account(LARS.email) },
    lisanne: { givenName: 'Lisanne', familyName: 'Meijer', role: 'CHILD', dateOfBirth: calendar.born(9, 60) },
  });
  await family.network({ oma: { name: 'Oma Joke', relation: 'moeder van Esther, woont in de buurt' } });
  const everyone = Object.values(member);
  const involvement = await family.involvements({
    sanne: { accountId: sanneAccount, task: 'Regie op het gezinsplan; praktische hulp in huis regelen',
      categories: ['GENERAL', 'SAFETY'], memberIds: everyone, since: -46, invitedBy: sanneAccount },
    marieke: { accountId: account('marieke.devries@regenboog.example'),
      task: 'School: hoe het met Lisanne gaat in de klas en met klasgenoten',
      categories: ['SCHOOL', 'GENERAL'], memberIds: [member.lisanne], since: -46, invitedBy: sanneAccount },
    peter: { accountId: account('peter.bakker@stedelijk.example'),
      task: 'School: concentratie, boze buien en aanwezigheid van Lars',
      categories: ['SCHOOL', 'GENERAL'], memberIds: [member.lars], since: -46, invitedBy: sanneAccount },
    eva: { accountId: account('eva.smit@ggz.example'), task: 'GGZ: behandeling van Esther',
      categories: ['MENTAL_HEALTH'], memberIds: [member.esther], since: -46, invitedBy: sanneAccount },
    rob: { accountId: account('rob.hendriks@thuisbegeleiding.example'),
      task: 'Thuisbegeleiding: een vast ochtendritme en overzicht in huis',
      categories: ['GENERAL'], memberIds: [member.esther, member.lisanne, member.lars], since: -30, invitedBy: sanneAccount },
    tom: { accountId: account('tom.vandijk@politie.example'),
      task: 'Politie: veiligheid van Lars',
      categories: ['POLICE_JUSTICE', 'SAFETY'], memberIds: [member.lars], since: -3, invitedBy: sanneAccount },
  });
  await family.regisseurTerms([
    { involvementId: involvement.sanne, assignedBy: sanneAccount, startedAt: calendar.at(-46, '09:00') },
  ]);
  // Under 12 the parents with authority consent; from 12 to 15 the child as well (domain.md section 5).
  await family.consents([
    { subjectMemberId: member.lisanne, purpose: ConsentPurpose.PlanExchange, recipientInvolvementIds: [involvement.marieke],
      categories: ['SCHOOL', 'GENERAL'], since: -45, validUntil: calendar.day(320), recordedBy: sanneAccount,
      givenBy: [{ memberId: member.esther, day: -45 }, { memberId: member.ronald, day: -44 }] },
    { subjectMemberId: member.lars, purpose: ConsentPurpose.PlanExchange, recipientInvolvementIds: [involvement.peter],
      categories: ['SCHOOL', 'GENERAL'], since: -45, validUntil: calendar.day(320), recordedBy: sanneAccount,
      givenBy: [{ memberId: member.esther, day: -45 }, { memberId: member.lars, day: -45 }, { memberId: member.ronald, day: -44 }] },
  ]);

  // Shared under the Meldcode with the family told afterwards: until Sanne records that Esther
  // was told, the family sees neither this legal basis nor Tom's involvement (access-rules.md).
  await insertRows(family.manager, 'legal_basis', [
    {
      id: randomUUID(),
      family_id: family.id,
      kind: LegalBasisKind.Meldcode,
      reference: null,
      recipient_involvement_id: involvement.tom,
      subject_member_ids: [member.lars],
      categories: ['SAFETY'],
      purpose: 'Lars vertelde de wijkagent over harde ruzies thuis. De politie moet weten welke afspraken er zijn, zodat ze bij een melding goed kan handelen.',
      necessary_information: 'Alleen de veiligheidsafspraken over Lars en wie hij kan bellen. Niet: de behandeling van Esther.',
      proportionality: 'Het gaat om de veiligheid van Lars; dat weegt zwaarder dan de inbreuk op de privacy van het gezin.',
      subsidiarity: 'Toestemming vragen kan nu niet zonder Lars in gevaar te brengen; anoniem delen helpt de politie niet.',
      professional_secrecy: 'Meldcode huiselijk geweld en kindermishandeling, stap 5: delen is hier toegestaan.',
      family_informed_at: null,
      informing_delay_reason: 'Lars vroeg eerst zelf met Sanne te bespreken hoe hij veilig blijft. Sanne vertelt het Esther daarna, binnen een week.',
      valid_until: calendar.day(90),
      recorded_at: calendar.at(-2, '10:00'),
      recorded_by_account_id: sanneAccount,
    },
  ]);

  const sanne = { accountId: sanneAccount, involvementId: involvement.sanne };
  const marieke = { accountId: account('marieke.devries@regenboog.example'), involvementId: involvement.marieke };
  const peter = { accountId: account('peter.bakker@stedelijk.example'), involvementId: involvement.peter };
  const eva = { accountId: account('eva.smit@ggz.example'), involvementId: involvement.eva };
  const rob = { accountId: account('rob.hendriks@thuisbegeleiding.example'), involvementId: involvement.rob };
  const esther = { accountId: account(ESTHER.email), memberId: member.esther };
  const lars = { accountId: account(LARS.email), memberId: member.lars };
  const goal = { play: randomUUID(), fingerUp: randomUUID(), diploma: randomUUID(), mornings: randomUUID(), money: randomUUID() };
  const badDays = randomUUID();

  await writeItems(family, [
    { kind: 'LOG_ENTRY', category: 'GENERAL', by: sanne, day: -45,
      text: 'Gezinsplangesprek met Esther, Ronald (telefonisch), Lars, Marieke, Peter en Eva. Esther en Ronald gaven toestemming om met de scholen te delen wat over school gaat. Lars gaf zelf ook toestemming. Samen dit plan gemaakt.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -45,
      lifeDomain: 'PARENTING', aspect: 'STRENGTH',
      text: 'Esther is een betrokken moeder. Ze vroeg zelf om hulp, omdat ze wil dat het thuis rustiger wordt voor Lisanne en Lars.' },
    { id: badDays, kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -45,
      lifeDomain: 'HEALTH', aspect: 'CONCERN',
      text: 'Esther heeft last van sterke stemmingswisselingen. Op slechte dagen komt ze moeilijk uit bed. Dan blijft het huishouden liggen en maakt Lars het ontbijt voor Lisanne.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -45,
      lifeDomain: 'FINANCES', aspect: 'CONCERN',
      text: 'Er liggen onbetaalde rekeningen. Esther heeft geen overzicht meer over haar geld en durft de post niet open te maken.' },
    { kind: 'SITUATION', category: 'GENERAL', by: sanne, day: -45, lifeDomain: 'SOCIAL_NETWORK', aspect: 'STRENGTH',
      text: 'Ronald woont in Amersfoort en is betrokken; Lars slaapt om het weekend bij hem. Oma Joke woont om de hoek en springt bij als het nodig is.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.lars], by: sanne, day: -45,
      lifeDomain: 'SOCIAL_NETWORK', aspect: 'STRENGTH', text: 'Lars voetbalt twee keer per week en heeft een vaste vriendengroep.' },
    { kind: 'SITUATION', category: 'SCHOOL', aboutMemberIds: [member.lisanne], by: marieke, day: -45,
      lifeDomain: 'SCHOOL_WORK', aspect: 'STRENGTH', text: 'Lisanne doet goed haar best. Ze is sterk in rekenen en tekent graag. Ze helpt graag in de klas.' },
    { kind: 'SITUATION', category: 'SCHOOL', aboutMemberIds: [member.lisanne], by: marieke, day: -45,
      lifeDomain: 'SCHOOL_WORK', aspect: 'CONCERN',
      text: 'Lisanne is sinds de zomer erg stil in de klas. In de pauze speelt ze meestal alleen. Ze komt vaak moe op school en heeft dan niet ontbeten.' },
    { kind: 'SITUATION', category: 'SCHOOL', aboutMemberIds: [member.lars], by: peter, day: -45,
      lifeDomain: 'SCHOOL_WORK', aspect: 'CONCERN',
      text: 'Lars kan zich slecht concentreren en maakt zijn huiswerk vaak niet. Hij is dit schooljaar vier keer uit de les gestuurd na een boze bui.' },
    { kind: 'SITUATION', category: 'SCHOOL', aboutMemberIds: [member.lars], by: peter, day: -45,
      lifeDomain: 'SCHOOL_WORK', aspect: 'STRENGTH', text: 'Lars is slim en goed in techniek. Met zijn mentor heeft hij een goede band.' },

    { id: goal.play, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.lisanne], by: sanne, day: -45,
      text: 'Lisanne speelt elke week met een klasgenoot.' },
    { id: goal.fingerUp, kind: 'GOAL', category: 'SCHOOL', aboutMemberIds: [member.lisanne], by: sanne, day: -45,
      text: "Lisanne: 'Ik wil in de klas weer mijn vinger durven opsteken.'" },
    { id: goal.diploma, kind: 'GOAL', category: 'SCHOOL', aboutMemberIds: [member.lars], by: sanne, day: -45,
      text: "Lars: 'Ik wil niet meer uit de les gestuurd worden en gewoon mijn diploma halen.'" },
    { id: goal.mornings, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -45,
      text: "Esther: 'Ik wil dat de ochtenden rustig zijn en dat de kinderen op tijd en met ontbijt naar school gaan.'" },
    { id: goal.money, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -45,
      text: "Esther: 'Ik wil weer weten wat er binnenkomt en wat eruit gaat.'" },

    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.lisanne], by: sanne, day: -45, goalId: goal.play,
      assignee: { type: 'INVOLVEMENT', id: involvement.marieke }, dueOn: calendar.day(-30), status: 'DONE',
      text: 'Marieke zet Lisanne in het maatjesproject: twee keer per week speelt ze in de pauze met een vast maatje uit haar klas.' },
    // Overdue: still open past its date, which the regisseur sees at a glance.
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.lisanne], by: sanne, day: -45, goalId: goal.play,
      assignee: { type: 'FAMILY_MEMBER', id: member.esther }, dueOn: calendar.day(-4),
      text: 'Esther maakt met de moeder van een klasgenoot een speelafspraak voor Lisanne.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.lars], by: sanne, day: -45, goalId: goal.diploma,
      assignee: { type: 'INVOLVEMENT', id: involvement.peter }, dueOn: calendar.day(9),
      text: 'Peter spreekt Lars elke twee weken kort op school. Bij een boze bui gaat Lars naar de time-outplek bij Peter, in plaats van de klas uit te lopen.' },
    // Esther's debts are hers: the schools see that this agreement exists and where it stands, not what it says.
    { kind: 'AGREEMENT', category: 'FINANCES', aboutMemberIds: [member.esther], by: sanne, day: -45, goalId: goal.money,
      assignee: { type: 'FAMILY_MEMBER', id: member.esther }, dueOn: calendar.day(-17), status: 'NOT_KEPT',
      statusReason: 'Esther zag erg op tegen het gesprek en heeft de afspraak afgezegd. Sanne gaat de volgende keer mee.',
      text: 'Esther meldt zich aan bij de schuldhulpverlening van de gemeente.' },
    { kind: 'AGREEMENT', category: 'FINANCES', aboutMemberIds: [member.esther], by: sanne, day: -16, goalId: goal.money,
      assignee: { type: 'INVOLVEMENT', id: involvement.sanne }, dueOn: calendar.day(6),
      text: 'Sanne gaat met Esther mee naar het eerste gesprek bij de schuldhulpverlening.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -45, goalId: goal.mornings,
      assignee: { type: 'INVOLVEMENT', id: involvement.eva }, dueOn: calendar.day(5),
      text: 'Eva maakt met Esther een plan voor slechte dagen: wie Esther dan belt en wie helpt met de kinderen.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.esther], by: sanne, day: -30, goalId: goal.mornings,
      assignee: { type: 'INVOLVEMENT', id: involvement.rob }, dueOn: calendar.day(30),
      text: 'Rob komt op maandag, woensdag en vrijdag om half acht. Samen met Esther zet hij een vast ochtendritme op: wekker, ontbijt, tassen klaar.' },

    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.lisanne], by: sanne, day: -38,
      text: "Gesprek met Lisanne, met tekeningen. Lisanne: 'Als mama verdrietig is, ben ik heel stil. Dan wordt ze niet boos. Ik wil graag een vriendinnetje om mee te spelen. En ik wil dat mama weer lacht.'" },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.lars], by: sanne, day: -37,
      text: "Lars: 'Als mama een slechte dag heeft, moet ik voor Lisanne zorgen. Dat vind ik niet eerlijk, maar ik doe het wel. Op school zit iedereen aan mijn kop.'" },
    // About the whole family, so the school counsellor invited keeps it in her agenda; it invites Lars (15),
    // who sees in his portal that he is invited and when, not what it says about his mother.
    { kind: 'EVALUATION', category: 'GENERAL', by: sanne, day: -45, dueOn: calendar.day(10),
      invitedMemberIds: [member.esther, member.ronald, member.lars],
      text: 'Evaluatie van het plan met Esther, Ronald, Lars en alle betrokkenen. Lisanne vertelt vooraf aan Sanne wat zij wil zeggen.' },

    { kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', aboutMemberIds: [member.esther], by: eva, day: -40,
      text: 'Behandelgesprek. De stemming van Esther wisselt sterk; de laatste twee weken vooral somber. De medicatie wordt in overleg met de psychiater aangepast. Esther wil de kinderen er zo min mogelijk mee belasten.' },
    { kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', aboutMemberIds: [member.esther], by: eva, day: -19,
      text: 'Esther zit in een betere periode en slaapt beter. We maken samen een signaleringsplan: welke signalen merkt ze zelf bij een terugval, en wat doet ze dan.' },
    { kind: 'LOG_ENTRY', category: 'MENTAL_HEALTH', aboutMemberIds: [member.esther], by: eva, day: -5,
      text: 'Esther is bang dat het weer misgaat als de thuisbegeleiding stopt. Afgesproken dat ze dit zelf inbrengt bij de evaluatie.' },
    { kind: 'LOG_ENTRY', category: 'SCHOOL', aboutMemberIds: [member.lisanne], by: marieke, day: -36,
      text: "Gesprek met Lisanne in de pauze. Ze maakt 's ochtends vaak zelf haar ontbijt, 'want mama slaapt nog'. Ze was moe en at haar brood niet op." },
    { kind: 'LOG_ENTRY', category: 'SCHOOL', aboutMemberIds: [member.lisanne], by: marieke, day: -22,
      text: 'Lisanne doet mee aan het maatjesproject. De eerste week speelde ze twee keer met haar maatje. Ze kwam vrolijk terug in de klas.' },
    { kind: 'LOG_ENTRY', category: 'SCHOOL', aboutMemberIds: [member.lisanne], by: marieke, day: -6,
      text: 'Lisanne stak vandaag bij rekenen twee keer haar vinger op. Ze komt deze week uitgeruster op school.' },
    { kind: 'LOG_ENTRY', category: 'SCHOOL', aboutMemberIds: [member.lars], by: peter, day: -27,
      text: 'Lars werd boos na een opmerking van een docent, maar ging zelf naar de time-outplek. In het gesprek daarna zei hij dat hij slecht slaapt en zich zorgen maakt over thuis.' },
    { kind: 'LOG_ENTRY', category: 'SCHOOL', aboutMemberIds: [member.lars], by: peter, day: -9,
      text: 'Twee weken niet uit de les gestuurd. Lars heeft zijn achterstand bij wiskunde bijna ingehaald.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.esther, member.lisanne, member.lars], by: rob, day: -8,
      text: 'Tweede week ochtendritme. Maandag en woensdag waren de kinderen op tijd klaar en hadden ze ontbeten. Vrijdag lag Esther nog in bed; met Lars het ontbijt gemaakt en Lisanne naar school gebracht.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.lars], by: sanne, day: -12,
      withheldFromFamilyReason: 'Op verzoek van Lars: hij wil dit eerst zelf aan zijn ouders vertellen. Sanne bespreekt het met hem vóór de evaluatie.',
      text: 'Lars vertelde in vertrouwen dat hij zich veel zorgen maakt over zijn moeder en er soms over denkt om bij zijn vader te gaan wonen.' },

    { kind: 'OWN_VIEW', category: 'GENERAL', aboutMemberIds: [member.esther], by: esther, day: -44, targetItemId: badDays,
      text: 'Zo klinkt het alsof ik de hele dag in bed lig. Dat is niet zo. Meestal lukt het gewoon; alleen op slechte dagen heb ik hulp nodig.' },
    { kind: 'COMMENT', category: 'SCHOOL', aboutMemberIds: [member.lars], by: lars, day: -20, targetItemId: goal.diploma,
      text: 'Die time-outplek helpt echt. Ik ben er twee keer heen gegaan in plaats van weg te lopen.' },
  ]);
};
