import { AccountKind } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { DemoAccount, portalAccount } from '../demo-organisations';
import { DemoScenario } from './demo-context';
import { DemoFamily } from './demo-family';
import { DemoItem, writeItems } from './plan-items';

/**
 * Scenario 3: parents in a fighting divorce; the network takes the children
 * between the homes on a roster. A grandmother with psychiatric problems is
 * not written off: she has a small role that fits ("what can she do?").
 * Everybody writes in the safety logbook; plan B is agreed; evaluation in six weeks.
 */
export const GERDA = portalAccount('gerda.wolters@mail.example', 'Gerda Wolters', AccountKind.NetworkMember,
  'grandmother with a small, fitting role: the Thursday shopping (scenario 3)');
export const ANJA = portalAccount('anja.koster@mail.example', 'Anja Koster', AccountKind.NetworkMember,
  'aunt who takes the children between the homes (scenario 3)');
export const NETWORK_SAFETY_PLAN_ACCOUNTS: readonly DemoAccount[] = [GERDA, ANJA];

/** The safety plan was made at the network meeting a week ago; it is evaluated six weeks after that. */
const MEETING = -7;
const EVALUATION = MEETING + 42;

export const loadNetworkSafetyPlan: DemoScenario = async (context) => {
  const { account, calendar } = context;
  const keesAccount = account('kees.dekker@jeugdbescherming.example');
  const family = await DemoFamily.start(context, { name: 'Gezin Koster', createdBy: keesAccount, since: -35 });
  const member = await family.members({
    sandra: { givenName: 'Sandra', familyName: 'Wolters', role: 'PARENT', dateOfBirth: calendar.born(38, 70), hasParentalAuthority: true },
    erik: { givenName: 'Erik', familyName: 'Koster', role: 'PARENT', dateOfBirth: calendar.born(40, 150),
      hasParentalAuthority: true, livesAtHome: false },
    emma: { givenName: 'Emma', familyName: 'Koster', role: 'CHILD', dateOfBirth: calendar.born(10, 90) },
    daan: { givenName: 'Daan', familyName: 'Koster', role: 'CHILD', dateOfBirth: calendar.born(7, 250) },
  });
  const network = await family.network({
    // The network calls each other when someone cannot come: the roster names whom, the numbers say how.
    gerda: { name: 'Oma Gerda', relation: 'moeder van Sandra', phone: '06 1234 5671', email: GERDA.email, accountId: account(GERDA.email) },
    anja: { name: 'Tante Anja', relation: 'zus van Erik', phone: '06 1234 5672', email: ANJA.email, accountId: account(ANJA.email) },
    yvonne: { name: 'Buurvrouw Yvonne', relation: 'buurvrouw van Sandra', phone: '06 1234 5673' },
    mo: { name: 'Trainer Mo', relation: 'voetbaltrainer van Daan', phone: '06 1234 5674' },
  });
  const involvement = await family.involvements({
    kees: { accountId: keesAccount, task: 'Regie en veiligheidsplan tijdens de scheiding (vrijwillig kader)',
      categories: ['GENERAL', 'SAFETY'], memberIds: Object.values(member), since: -35, invitedBy: keesAccount },
  });
  await family.regisseurTerms([{ involvementId: involvement.kees, assignedBy: keesAccount, startedAt: calendar.at(-35, '09:00') }]);

  const kees = { accountId: keesAccount, involvementId: involvement.kees };
  const gerda = { accountId: account(GERDA.email), networkMemberId: network.gerda };
  const anja = { accountId: account(ANJA.email), networkMemberId: network.anja };
  const children = [member.emma, member.daan];
  const parents = [member.sandra, member.erik];
  const noFightGoal = randomUUID();
  // Who takes the children on which weekday, and whom they tell when they cannot come.
  const roster = (weekday: number, networkMemberId: string, cancelContact: string, text: string): DemoItem => ({
    kind: 'ROSTER_ENTRY', category: 'SAFETY', aboutMemberIds: children, by: kees, day: MEETING,
    weekday, cancelContact, assignee: { type: 'NETWORK_MEMBER', id: networkMemberId }, text,
  });

  await writeItems(family, [
    { kind: 'SITUATION', category: 'GENERAL', by: kees, day: -33, lifeDomain: 'SAFETY', aspect: 'CONCERN',
      text: 'Sandra en Erik zijn vier maanden uit elkaar. Bij het overdragen van de kinderen was er vaak harde ruzie, één keer met duwen. Emma en Daan waren erbij. De buren hebben toen de politie gebeld.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: parents, by: kees, day: -33, lifeDomain: 'PARENTING', aspect: 'STRENGTH',
      text: 'Sandra en Erik houden allebei veel van de kinderen en willen dat ze bij allebei kunnen zijn.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.emma], by: kees, day: -33, lifeDomain: 'HEALTH', aspect: 'CONCERN',
      text: "Emma slaapt slecht en zegt dat ze 'voor niemand kiest'. Ze zorgt veel voor haar broertje." },
    { kind: 'SITUATION', category: 'GENERAL', by: kees, day: -33, lifeDomain: 'SOCIAL_NETWORK', aspect: 'STRENGTH',
      text: 'Er is een betrokken netwerk: oma Gerda, tante Anja, buurvrouw Yvonne en Daans voetbaltrainer Mo willen helpen. Oma Gerda heeft zelf psychische klachten en goede en minder goede periodes. Samen met haar is gekeken wat ze wél kan.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: parents, by: kees, day: -20,
      text: 'Gesprekken met Sandra en Erik, apart. Allebei willen ze dat de ruzie stopt; allebei vinden ze dat de ander begint. Ze willen naar een mediator; de aanmelding loopt.' },
    { id: noFightGoal, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: children, by: kees, day: -20,
      text: 'Emma en Daan maken geen ruzie meer mee tussen papa en mama.' },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: parents, by: kees, day: -20,
      text: "Sandra en Erik, ieder apart: 'Ik wil dat de kinderen zich bij ons allebei thuis voelen.'" },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.emma], by: kees, day: -15,
      text: "Emma: 'Ik vind het fijn bij papa en bij mama. Ik wil alleen niet dat ze schreeuwen. Als tante Anja ons brengt, is het rustig.'" },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.daan], by: kees, day: -15,
      text: "Daan: 'Mijn voetbalschoenen moeten altijd mee. En ik wil dat papa en mama allebei komen kijken, maar niet naast elkaar.'" },

    { kind: 'SAFETY_PLAN', category: 'SAFETY', by: kees, day: MEETING, text: 'Veiligheidsplan voor Emma en Daan tijdens de scheiding',
      contactName: 'Kees Dekker (Samen Veilig Midden-Nederland)', contactPhone: '030 751 2200', startsOn: calendar.day(MEETING), endsOn: calendar.day(MEETING + 91),
      dueOn: calendar.day(EVALUATION),
      planB: 'Lukt een overdracht niet, of ontstaat er ruzie, dan gaan de kinderen met tante Anja mee naar haar huis. Tante Anja belt Kees. Sandra en Erik halen de kinderen daar niet op zonder overleg met Kees. Kan tante Anja niet, dan vangt buurvrouw Yvonne de kinderen op.',
      safetyForChild: "Emma: 'Veilig is als papa en mama niet meer schreeuwen als wij erbij zijn, en als ik niet hoef te kiezen.' Daan: 'Dat mijn voetbalspullen bij allebei zijn.'",
      safetyForParents: "Sandra: 'Dat Erik niet meer onverwacht voor de deur staat.' Erik: 'Dat ik mijn kinderen gewoon zie, zoals afgesproken.'",
      safetyForProfessionals: 'Veilig is als de kinderen geen ruzie en geweld tussen hun ouders meer meemaken, de overdrachten zonder contact tussen de ouders gaan en er elke week meerdere mensen uit het netwerk zijn die de kinderen zien en weten hoe het gaat.' },
    { kind: 'SAFETY_CONDITION', category: 'SAFETY', aboutMemberIds: parents, by: kees, day: MEETING,
      text: 'Sandra en Erik maken geen ruzie waar Emma en Daan bij zijn: niet schreeuwen, niet schelden, niet dreigen en niet duwen.' },
    { kind: 'SAFETY_CONDITION', category: 'SAFETY', by: kees, day: MEETING,
      text: 'De kinderen gaan via school of via het netwerk van het ene huis naar het andere. Sandra en Erik zien elkaar niet bij een overdracht.' },
    { kind: 'SAFETY_CONDITION', category: 'SAFETY', by: kees, day: MEETING,
      text: 'Minstens drie mensen uit het netwerk weten wat er speelt, zien de kinderen elke week en bellen Kees als ze zich zorgen maken.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', aboutMemberIds: parents, by: kees, day: MEETING,
      text: 'Sandra en Erik overleggen alleen via de ouderapp, en alleen over praktische dingen. Al het andere bespreken ze bij de mediator.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.sandra], by: kees, day: MEETING,
      assignee: { type: 'FAMILY_MEMBER', id: member.sandra },
      text: 'Sandra laat de kinderen geen berichten van Erik lezen en praat niet slecht over hem als ze erbij zijn.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.erik], by: kees, day: MEETING,
      assignee: { type: 'FAMILY_MEMBER', id: member.erik }, status: 'NOT_KEPT',
      statusReason: 'Erik stond afgelopen weekend onverwacht voor de deur om Daans voetbaltas te halen. Er was geen ruzie, maar de kinderen schrokken.',
      text: 'Erik komt niet naar het huis van Sandra, ook niet om spullen te brengen of te halen. Spullen gaan mee met tante Anja.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', by: kees, day: MEETING, assignee: { type: 'NETWORK_MEMBER', id: network.gerda },
      text: 'Oma Gerda heeft een vaste taak die bij haar past: op donderdag doet ze de boodschappen. Ze past niet alleen op Emma en Daan. Gaat het even niet goed met haar, dan belt ze Sandra af en neemt tante Anja het over.' },
    roster(1, network.yvonne, 'Tante Anja', 'Haalt Emma en Daan om drie uur uit school en blijft bij ze tot Sandra om half zes thuis is.'),
    roster(3, network.anja, 'Buurvrouw Yvonne', 'Haalt Emma en Daan om kwart over twaalf uit school, eet met ze en brengt ze om vijf uur naar papa.'),
    roster(4, network.gerda, 'Sandra', 'Doet de boodschappen voor Sandra en de kinderen (het lijstje staat in de groepsapp) en drinkt koffie met Sandra.'),
    roster(6, network.mo, 'Tante Anja', 'Haalt Daan op voor de voetbalwedstrijd en brengt hem daarna terug naar het huis waar hij dat weekend is.'),
    roster(7, network.anja, 'Buurvrouw Yvonne', 'Om de week: brengt de kinderen om zes uur van papa naar mama. Sandra en Erik zien elkaar dan niet.'),
    { kind: 'EVALUATION', category: 'GENERAL', by: kees, day: MEETING, dueOn: calendar.day(EVALUATION),
      text: 'Evaluatie van het veiligheidsplan met Sandra en Erik (apart) en het netwerk: lukt het rooster, wat moet anders?' },

    { kind: 'LOG_ENTRY', category: 'SAFETY', by: kees, day: MEETING, time: '21:00',
      text: 'Netwerkberaad met Sandra en Erik (na elkaar), oma Gerda, tante Anja, buurvrouw Yvonne en trainer Mo. Samen het veiligheidsplan en het rooster gemaakt. Iedereen heeft het plan gekregen en weet wie hij belt.' },
    { kind: 'LOG_ENTRY', category: 'SAFETY', by: anja, day: -5, time: '17:30',
      text: 'Kinderen uit school gehaald en om vijf uur bij Erik gebracht. Emma vertelde honderduit over school, Daan was stil. De overdracht ging rustig.' },
    { kind: 'LOG_ENTRY', category: 'SAFETY', by: gerda, day: -4, time: '14:00',
      text: 'Boodschappen gedaan voor Sandra en koffie gedronken. Sandra was moe maar rustig.' },
    { kind: 'LOG_ENTRY', category: 'SAFETY', by: kees, day: -3,
      text: 'Sandra belde: Erik stond afgelopen weekend onverwacht voor de deur om Daans voetbaltas te halen. Geen ruzie, maar de kinderen schrokken. Met Erik besproken dat spullen via tante Anja gaan. We plannen een extra netwerkberaad, zodat iedereen weet hoe het nu verder gaat.' },
    { kind: 'AGREEMENT', category: 'SAFETY', aboutMemberIds: parents, by: kees, day: -3, goalId: noFightGoal,
      assignee: { type: 'INVOLVEMENT', id: involvement.kees }, dueOn: calendar.day(5),
      text: 'Kees plant een extra netwerkberaad over hoe spullen van Emma en Daan tussen de twee huizen gaan.' },
    { kind: 'LOG_ENTRY', category: 'SAFETY', by: anja, day: -1, time: '18:30',
      text: "Emma vroeg of papa nog boos is op mama. Ik heb gezegd dat ze dat aan papa en mama zelf mag vragen, of aan Kees. Verder een rustige overdracht." },
  ]);
};
