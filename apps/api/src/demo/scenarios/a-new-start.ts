import { ConsentPurpose } from '@gezinsplan/access-policy';
import { AccountKind } from '@gezinsplan/domain';
import { DemoAccount, portalAccount } from '../demo-organisations';
import { DemoScenario } from './demo-context';
import { DemoFamily } from './demo-family';
import { writeItems } from './plan-items';

/**
 * Scenario 2: a couple with an addiction history and a baby on the way. The
 * baby is not a member yet (a member needs a date of birth); the plan speaks
 * of the pregnancy and of "the children": Jayden, who is two, and the baby.
 * Veilig Thuis sets the bottom line; the first night's shelter is agreed in
 * advance, and the police's announcement of an arrest is kept from the parents.
 */
export const CHANTAL = portalAccount('chantal.vermeulen@mail.example', 'Chantal Vermeulen', AccountKind.FamilyMember,
  'mother of Jayden, expecting a baby (scenario 2)');
export const A_NEW_START_ACCOUNTS: readonly DemoAccount[] = [CHANTAL];

const SHELTER = 'Opvang eerste nacht';

export const loadANewStart: DemoScenario = async (context) => {
  const { account, calendar } = context;
  const ahmedAccount = account('ahmed.elamrani@wijkteam.example');
  const family = await DemoFamily.start(context, { name: 'Gezin de Jong', createdBy: ahmedAccount, since: -62 });
  const member = await family.members({
    kevin: { givenName: 'Kevin', familyName: 'de Jong', role: 'PARENT', dateOfBirth: calendar.born(31, 80), hasParentalAuthority: true },
    chantal: { givenName: 'Chantal', familyName: 'Vermeulen', role: 'PARENT', dateOfBirth: calendar.born(28, 200),
      hasParentalAuthority: true, accountId: account(CHANTAL.email) },
    jayden: { givenName: 'Jayden', familyName: 'de Jong', role: 'CHILD', dateOfBirth: calendar.born(2, 100) },
  });
  const network = await family.network({
    wilma: { name: 'Oma Wilma', relation: 'moeder van Chantal; vangt de kinderen op als het thuis niet gaat' },
    samira: { name: 'Buurvrouw Samira', relation: 'buurvrouw; bewaart de noodtas en een reservesleutel' },
  });
  const parents = [member.kevin, member.chantal];
  const everyone = Object.values(member);
  const involvement = await family.involvements({
    ahmed: { accountId: ahmedAccount, task: 'Regie en aanspreekpunt voor iedereen: een nieuwe start voor Kevin, Chantal, Jayden en de baby',
      categories: ['GENERAL', 'SAFETY'], memberIds: everyone, since: -62, invitedBy: ahmedAccount },
    anouk: { accountId: account('anouk.bos@verloskunde.example'), task: 'Verloskundige zorg voor Chantal in de zwangerschap en de kraamtijd',
      categories: ['GENERAL', 'ADDICTION'], memberIds: [member.chantal], since: -62, invitedBy: ahmedAccount },
    fatima: { accountId: account('fatima.yilmaz@verslaving.example'), task: 'Verslavingszorg: behandeling en urinecontroles van Kevin en Chantal',
      categories: ['ADDICTION'], memberIds: parents, since: -62, invitedBy: ahmedAccount },
    linda: { accountId: account('linda.visser@veiligthuis.example'), task: 'Veilig Thuis: veiligheidsvoorwaarden stellen en de veiligheid van de kinderen volgen',
      categories: ['SAFETY', 'GENERAL'], memberIds: everyone, since: -58, invitedBy: ahmedAccount },
    rob: { accountId: account('rob.hendriks@thuisbegeleiding.example'), task: 'Thuisbegeleiding: dagritme, huishouden en de komst van de baby voorbereiden',
      categories: ['GENERAL'], memberIds: everyone, since: -40, invitedBy: ahmedAccount },
    tom: { accountId: account('tom.vandijk@politie.example'), task: 'Politie: afstemming bij politie-inzet, zodat de kinderen goed worden opgevangen',
      categories: ['POLICE_JUSTICE', 'SAFETY'], memberIds: [member.kevin], since: -10, invitedBy: ahmedAccount },
  });
  await family.regisseurTerms([{ involvementId: involvement.ahmed, assignedBy: ahmedAccount, startedAt: calendar.at(-62, '09:00') }]);
  // An adult consents alone: Chantal lets the midwife read what addiction care writes about her.
  await family.consents([
    { subjectMemberId: member.chantal, purpose: ConsentPurpose.PlanExchange, recipientInvolvementIds: [involvement.anouk],
      categories: ['ADDICTION'], since: -60, validUntil: calendar.day(120), recordedBy: ahmedAccount,
      givenBy: [{ memberId: member.chantal, day: -60 }] },
  ]);

  const ahmed = { accountId: ahmedAccount, involvementId: involvement.ahmed };
  const linda = { accountId: account('linda.visser@veiligthuis.example'), involvementId: involvement.linda };
  const fatima = { accountId: account('fatima.yilmaz@verslaving.example'), involvementId: involvement.fatima };
  const anouk = { accountId: account('anouk.bos@verloskunde.example'), involvementId: involvement.anouk };
  const rob = { accountId: account('rob.hendriks@thuisbegeleiding.example'), involvementId: involvement.rob };
  const tom = { accountId: account('tom.vandijk@politie.example'), involvementId: involvement.tom };
  const chantal = { accountId: account(CHANTAL.email), memberId: member.chantal };

  await writeItems(family, [
    { kind: 'SITUATION', category: 'GENERAL', by: ahmed, day: -60, lifeDomain: 'SOCIAL_NETWORK', aspect: 'STRENGTH',
      text: 'Kevin en Chantal vroegen zelf hulp aan het wijkteam. Ze willen het goed doen voor Jayden en de baby. Oma Wilma en buurvrouw Samira willen helpen.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.kevin], by: ahmed, day: -60, lifeDomain: 'SCHOOL_WORK', aspect: 'STRENGTH',
      text: 'Kevin is ruim een jaar clean. Hij werkt sinds kort vier dagen per week bij een hovenier.' },
    { kind: 'SITUATION', category: 'SAFETY', by: ahmed, day: -60, lifeDomain: 'SAFETY', aspect: 'CONCERN',
      text: 'Kevin en Chantal hebben allebei jaren drugs gebruikt. Een terugval is het grootste risico, zeker met de drukte en het slaaptekort na de bevalling. Anouk heeft na overleg met hen een melding gedaan bij Veilig Thuis.' },
    { kind: 'SITUATION', category: 'SAFETY', aboutMemberIds: [member.kevin], by: ahmed, day: -60, lifeDomain: 'SAFETY', aspect: 'CONCERN',
      text: 'Er loopt nog een oude strafzaak tegen Kevin, van vóór zijn behandeling. Als hij wordt aangehouden, moet van tevoren geregeld zijn wie voor de kinderen zorgt.' },
    { kind: 'SITUATION', category: 'GENERAL', by: ahmed, day: -60, lifeDomain: 'HOUSING', aspect: 'CONCERN',
      text: 'Het huis is klein: twee kamers. Er is nog geen plek voor de baby.' },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: parents, by: ahmed, day: -60,
      text: "Kevin en Chantal: 'We blijven clean en zorgen samen voor Jayden en de baby.'" },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.chantal], by: ahmed, day: -60,
      text: "Chantal: 'Als de baby komt, is alles klaar: een bedje, kleertjes en een rustig huis.'" },

    { kind: 'SAFETY_CONDITION', category: 'SAFETY', aboutMemberIds: parents, by: linda, day: -52,
      text: 'Kevin en Chantal gebruiken geen drugs en geen alcohol. Er zijn geen middelen in huis.' },
    { kind: 'SAFETY_CONDITION', category: 'SAFETY', by: linda, day: -52,
      text: 'Er is altijd een nuchtere volwassene bij Jayden, en straks ook bij de baby.' },
    { kind: 'SAFETY_CONDITION', category: 'SAFETY', aboutMemberIds: parents, by: linda, day: -52,
      text: 'Kevin en Chantal doen twee keer per week mee aan de urinecontrole bij de verslavingszorg. Een gemiste controle telt als niet schoon.' },
    { kind: 'LOG_ENTRY', category: 'SAFETY', by: linda, day: -52,
      text: 'Huisbezoek samen met Ahmed. Het huis is opgeruimd, geen middelen gezien. Jayden speelde rustig en zocht steeds zijn moeder op. De veiligheidsvoorwaarden besproken; Kevin en Chantal gaan akkoord.' },
    { kind: 'SAFETY_PLAN', category: 'SAFETY', by: ahmed, day: -50, text: 'Veiligheidsplan voor Jayden en de baby',
      contactName: 'Ahmed El Amrani (wijkteam); buiten kantoortijd Veilig Thuis', contactPhone: '030 286 4100', startsOn: calendar.day(-50), dueOn: calendar.day(28),
      planB: `Als Kevin en Chantal even niet voor de kinderen kunnen zorgen, door een terugval of een aanhouding, gaan Jayden en de baby naar oma Wilma. Hoe de eerste nacht gaat, staat in de afspraken '${SHELTER}'.`,
      safetyForChild: 'Jayden is twee en kan het nog niet zeggen. Voor hem is veilig: elke dag een nuchtere ouder, vaste tijden voor eten en slapen, en bekende mensen om zich heen.',
      safetyForParents: "Kevin en Chantal: 'Veilig is dat wij clean blijven, en dat onze kinderen nooit meemaken wat wij vroeger hebben meegemaakt.'",
      safetyForProfessionals: 'Veilig is als er geen middelen in huis zijn, de urinecontroles schoon zijn en er bij twijfel dezelfde dag contact is met Ahmed of Veilig Thuis.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.kevin], by: ahmed, day: -50,
      assignee: { type: 'FAMILY_MEMBER', id: member.kevin },
      text: 'Krijgt Kevin zin om te gebruiken, dan belt hij eerst Chantal en daarna Fatima. Buiten kantoortijd belt hij de 24-uurslijn van de verslavingszorg.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.chantal], by: ahmed, day: -50,
      assignee: { type: 'FAMILY_MEMBER', id: member.chantal },
      text: 'Krijgt Chantal zin om te gebruiken, dan belt ze eerst Kevin of haar moeder en daarna Fatima.' },
    { kind: 'SAFETY_AGREEMENT', category: 'SAFETY', by: ahmed, day: -50, assignee: { type: 'NETWORK_MEMBER', id: network.wilma },
      text: 'Oma Wilma komt elke zondag eten en kijkt hoe het gaat. Maakt ze zich zorgen, dan belt ze Ahmed.' },

    // The shelter for the children's first night, agreed in advance: transport, nappies, food, clothes, who calls whom.
    { kind: 'AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.jayden], by: ahmed, day: -20,
      assignee: { type: 'NETWORK_MEMBER', id: network.wilma }, dueOn: calendar.day(14),
      text: `${SHELTER} – vervoer: oma Wilma haalt Jayden en de baby op met haar auto. Ze zorgt dat er een autostoeltje en een Maxi-Cosi in de auto liggen. Kan oma niet, dan rijdt Rob.` },
    { kind: 'AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.jayden], by: ahmed, day: -20,
      assignee: { type: 'FAMILY_MEMBER', id: member.chantal }, dueOn: calendar.day(-6), status: 'DONE',
      text: `${SHELTER} – luiers en verzorging: de noodtas staat bij buurvrouw Samira. Daarin zitten luiers (maat 5 voor Jayden, maat 1 voor de baby), billendoekjes, zalf en Jaydens reserveknuffel, de blauwe beer.` },
    { kind: 'AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.jayden], by: ahmed, day: -20,
      assignee: { type: 'INVOLVEMENT', id: involvement.rob }, dueOn: calendar.day(7),
      text: `${SHELTER} – eten: Rob koopt met Chantal flesvoeding en twee flessen voor de baby, en knijpfruit en crackers voor Jayden. Let op: Jayden is allergisch voor pinda's.` },
    { kind: 'AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.jayden], by: ahmed, day: -20,
      assignee: { type: 'FAMILY_MEMBER', id: member.chantal }, dueOn: calendar.day(21),
      text: `${SHELTER} – kleding: kleren en pyjama's voor twee dagen, een slaapzak voor Jayden (maat 92) en rompertjes en een slaapzakje voor de baby (maat 50/56).` },
    { kind: 'AGREEMENT', category: 'SAFETY', aboutMemberIds: [member.kevin, member.jayden], by: ahmed, day: -9,
      assignee: { type: 'INVOLVEMENT', id: involvement.tom }, dueOn: calendar.day(-3), status: 'DONE',
      text: `${SHELTER} – wie belt wie: Tom legt bij de politie vast dat bij een aanhouding van Kevin eerst Ahmed wordt gebeld, buiten kantoortijd Veilig Thuis. Die belt oma Wilma, zodat de kinderen de aanhouding niet meemaken.` },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.chantal], by: ahmed, day: -30,
      assignee: { type: 'INVOLVEMENT', id: involvement.anouk }, dueOn: calendar.day(14),
      text: 'Anouk bespreekt met Chantal en Kevin het geboorteplan en waar de baby de eerste weken slaapt.' },
    { kind: 'EVALUATION', category: 'GENERAL', by: ahmed, day: -50, dueOn: calendar.day(28),
      text: 'Evaluatie van het plan en het veiligheidsplan met Kevin, Chantal, oma Wilma en alle betrokkenen, ruim vóór de uitgerekende datum.' },

    { kind: 'LOG_ENTRY', category: 'ADDICTION', aboutMemberIds: [member.kevin], by: fatima, day: -30,
      text: 'De urinecontroles van Kevin waren de afgelopen maand allemaal schoon. Hij komt trouw naar de groep op dinsdagavond.' },
    { kind: 'LOG_ENTRY', category: 'ADDICTION', aboutMemberIds: [member.chantal], by: fatima, day: -16,
      text: 'De controles van Chantal zijn schoon. Ze vertelt dat ze soms trek heeft als ze moe is. Besproken wat ze dan doet: Kevin of haar moeder bellen, en met Jayden naar buiten gaan.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.chantal], by: anouk, day: -24,
      text: 'Controle bij 30 weken. De baby groeit goed en de bloeddruk is normaal. Chantal rookt nog vijf sigaretten per dag; we hebben besproken hoe ze kan stoppen.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.chantal, member.jayden], by: rob, day: -12,
      text: 'Met Chantal een hoekje voor de baby ingericht; het bedje staat. Jayden ging om half acht naar bed, zoals afgesproken.' },
    { kind: 'LOG_ENTRY', category: 'POLICE_JUSTICE', aboutMemberIds: [member.kevin], by: tom, day: -4,
      text: 'Ahmed en Veilig Thuis laten weten dat een aanhouding van Kevin in de komende weken mogelijk is, in verband met een oude zaak. De datum is nog niet bekend. De politie belt vooraf, zoals in het plan staat.' },
    { kind: 'LOG_ENTRY', category: 'SAFETY', aboutMemberIds: [member.kevin], by: ahmed, day: -4,
      withheldFromFamilyReason: 'Politie-informatie over een mogelijke aanhouding. Kevin en Chantal mogen dit niet vooraf weten, om het onderzoek niet te schaden. Ahmed vertelt het hun zodra het kan.',
      text: `Tom van Dijk (politie) belde: een aanhouding van Kevin is op korte termijn mogelijk; de datum is nog niet bekend. De afspraken '${SHELTER}' nagelopen: alles ligt klaar behalve de Maxi-Cosi en de kleding. Met oma Wilma nagegaan dat ze de komende weken bereikbaar is, zonder de reden te noemen.` },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.chantal, member.jayden], by: chantal, day: -2, time: '20:15',
      text: 'Vandaag de kinderwagen opgehaald bij mijn zus. Jayden wilde er zelf in!' },
  ]);
};
