import { LegalBasisKind } from '@gezinsplan/access-policy';
import { randomUUID } from 'node:crypto';
import { DemoScenario } from './demo-context';
import { DemoFamily } from './demo-family';
import { insertRows } from './insert-rows';
import { writeItems } from './plan-items';

/** The court's decision, and the end of the supervision order a year later. */
const RULING = -95;
const ORDER_ENDS = RULING + 365;

/**
 * Scenario 5: under a supervision order (OTS) the family guardian receives
 * strictly necessary information without the parents' consent: whether the
 * children's appointments are kept. The basis, its six documented steps and
 * when the parents were told are recorded; what concerns the parents
 * themselves stays out of the guardian's sight.
 */
export const loadCourtSupervision: DemoScenario = async (context) => {
  const { account, calendar } = context;
  const lotteAccount = account('lotte.verbeek@wijkteam.example');
  const keesAccount = account('kees.dekker@jeugdbescherming.example');
  const family = await DemoFamily.start(context, { name: 'Gezin van den Berg', createdBy: lotteAccount, since: -160 });
  const member = await family.members({
    melissa: { givenName: 'Melissa', familyName: 'van den Berg', role: 'PARENT', dateOfBirth: calendar.born(31, 140), hasParentalAuthority: true },
    jeroen: { givenName: 'Jeroen', familyName: 'Schouten', role: 'PARENT', dateOfBirth: calendar.born(34, 20), hasParentalAuthority: true },
    noah: { givenName: 'Noah', familyName: 'Schouten', role: 'CHILD', dateOfBirth: calendar.born(7, 160) },
    mila: { givenName: 'Mila', familyName: 'Schouten', role: 'CHILD', dateOfBirth: calendar.born(4, 40) },
  });
  const children = [member.noah, member.mila];
  const involvement = await family.involvements({
    lotte: { accountId: lotteAccount, task: 'Regie op het gezinsplan en contact met Melissa en Jeroen',
      categories: ['GENERAL', 'SAFETY'], memberIds: Object.values(member), since: -160, invitedBy: lotteAccount },
    hans: { accountId: account('hans.willems@raad.example'), task: 'Raadsonderzoek naar de opvoedsituatie van Noah en Mila',
      categories: ['GENERAL', 'SAFETY'], memberIds: children, since: -150, invitedBy: lotteAccount,
      ended: { at: calendar.at(RULING, '16:00'),
        reason: `Raadsonderzoek afgerond. De kinderrechter heeft op ${calendar.written(RULING)} een ondertoezichtstelling van een jaar uitgesproken; Samen Veilig voert die uit.` } },
    rob: { accountId: account('rob.hendriks@thuisbegeleiding.example'), task: 'Thuisbegeleiding: structuur in de ochtend en afspraken nakomen',
      categories: ['GENERAL'], memberIds: Object.values(member), since: -120, invitedBy: lotteAccount },
    kees: { accountId: keesAccount, task: 'Gezinsvoogd: uitvoering van de ondertoezichtstelling van Noah en Mila',
      categories: ['GENERAL', 'SAFETY'], memberIds: children, since: RULING + 2, invitedBy: lotteAccount },
  });
  await family.regisseurTerms([{ involvementId: involvement.lotte, assignedBy: lotteAccount, startedAt: calendar.at(-160, '09:00') }]);
  await insertRows(family.manager, 'legal_basis', [
    {
      id: randomUUID(),
      family_id: family.id,
      // Step 1: the legal basis.
      kind: LegalBasisKind.SupervisionOrder,
      reference: `Beschikking van de kinderrechter, Rechtbank Midden-Nederland, ${calendar.written(RULING)}: ondertoezichtstelling van Noah en Mila tot ${calendar.written(ORDER_ENDS)}`,
      recipient_involvement_id: involvement.kees,
      subject_member_ids: children,
      categories: ['GENERAL'],
      purpose: 'Kees Dekker voert als gezinsvoogd de ondertoezichtstelling van Noah en Mila uit. Om te beoordelen of de zorg voor de kinderen goed genoeg is, en om op tijd bij te sturen, moet hij weten of de afspraken voor de kinderen worden nagekomen.',
      necessary_information: 'Alleen of afspraken voor Noah en Mila zijn nagekomen of gemist (school, jeugdarts, logopedie, thuisbegeleiding) en wat daarover is afgesproken. Niet: wat Melissa en Jeroen zelf met hun hulpverleners bespreken.',
      proportionality: 'Het gaat om feiten over afspraken van de kinderen, niet om de inhoud van behandelingen. Gemiste afspraken raken de ontwikkeling van Noah en Mila direct; dat weegt zwaarder dan de inbreuk op de privacy van het gezin.',
      subsidiarity: 'Melissa en Jeroen is om toestemming gevraagd; die wilden ze niet geven. Het zelf aan hen vragen lukt niet, omdat ook afspraken met de gezinsvoogd worden gemist. Anoniem delen heeft geen zin: het gaat om deze twee kinderen.',
      professional_secrecy: 'De Jeugdwet (artikel 7.3.11) geeft de gecertificeerde instelling bij een ondertoezichtstelling recht op de informatie die strikt noodzakelijk is, ook zonder toestemming. Hulpverleners met een beroepsgeheim mogen die informatie daarom geven. Informatie over de hulp aan de ouders zelf valt hier niet onder.',
      // The parents are told the day before the basis is recorded and anything is shared.
      family_informed_at: calendar.at(-90, '14:00'),
      informing_delay_reason: null,
      valid_until: calendar.day(ORDER_ENDS),
      recorded_at: calendar.at(-89, '09:30'),
      recorded_by_account_id: lotteAccount,
    },
  ]);

  const lotte = { accountId: lotteAccount, involvementId: involvement.lotte };
  const kees = { accountId: keesAccount, involvementId: involvement.kees };
  const hans = { accountId: account('hans.willems@raad.example'), involvementId: involvement.hans };
  const rob = { accountId: account('rob.hendriks@thuisbegeleiding.example'), involvementId: involvement.rob };
  const goal = { speech: randomUUID(), school: randomUUID() };

  await writeItems(family, [
    { kind: 'SITUATION', category: 'GENERAL', by: lotte, day: -155, lifeDomain: 'PARENTING', aspect: 'CONCERN',
      text: 'Noah en Mila komen vaak te laat of niet op school en bij de dokter. Mila heeft een taalachterstand die niet wordt behandeld. Melissa en Jeroen zijn moeilijk bereikbaar en zeggen afspraken vaak niet af.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.melissa, member.jeroen], by: lotte, day: -155,
      lifeDomain: 'PARENTING', aspect: 'STRENGTH',
      text: 'Melissa en Jeroen zijn lief voor de kinderen, en Noah en Mila zijn erg aan hen gehecht. Jeroen heeft sinds kort werk in de bouw.' },
    { id: goal.speech, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.mila], by: lotte, day: -150,
      text: 'Mila gaat elke week naar de logopedie.' },
    { id: goal.school, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.noah], by: lotte, day: -150,
      text: 'Noah is elke dag op tijd op school.' },
    { kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.melissa, member.jeroen], by: lotte, day: -150,
      text: "Melissa: 'Ik wil dat al die instanties weer uit ons leven zijn.' Jeroen: 'Dan moeten we laten zien dat het lukt.'" },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: children, by: hans, day: -110,
      text: 'Gesprek met Melissa en Jeroen voor het raadsonderzoek. Ook gesproken met de school van Noah en met de jeugdarts.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: children, by: lotte, day: -118,
      assignee: { type: 'INVOLVEMENT', id: involvement.rob }, dueOn: calendar.day(28),
      text: 'Rob komt op maandag en donderdag om kwart voor acht helpen met de ochtend.' },
    { kind: 'SITUATION', category: 'GENERAL', by: lotte, day: RULING + 1, lifeDomain: 'SAFETY', aspect: 'CONCERN',
      text: 'De kinderrechter heeft Noah en Mila voor een jaar onder toezicht gesteld. Kees Dekker van Samen Veilig is hun gezinsvoogd.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', by: lotte, day: -90, time: '14:00',
      text: 'Melissa en Jeroen in een gesprek en per brief uitgelegd dat Kees als gezinsvoogd hoort of de afspraken van Noah en Mila worden nagekomen, ook als zij daar geen toestemming voor geven. Ze zijn het er niet mee eens, maar begrijpen waarom.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.mila], by: lotte, day: -90, goalId: goal.speech,
      assignee: { type: 'FAMILY_MEMBER', id: member.melissa }, dueOn: calendar.day(-8), status: 'NOT_KEPT',
      statusReason: 'Mila is drie weken achter elkaar niet geweest. Melissa zegt dat ze het vergat en dat de bus te laat was.',
      text: 'Melissa gaat met Mila elke dinsdagochtend naar de logopedist.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.noah], by: lotte, day: -90, goalId: goal.school,
      assignee: { type: 'FAMILY_MEMBER', id: member.jeroen }, dueOn: calendar.day(21),
      text: 'Jeroen brengt Noah elke ochtend om twintig over acht naar school.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: children, by: lotte, day: -90,
      assignee: { type: 'INVOLVEMENT', id: involvement.kees }, dueOn: calendar.day(5),
      text: 'Kees komt elke twee weken op huisbezoek, op een vaste dag.' },

    // Missed appointments of the children: what the guardian needs, shared on the legal basis.
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: children, by: rob, day: -60, time: '08:15',
      text: 'Maandag kwart voor acht: niemand deed open. Melissa nam haar telefoon niet op. Noah was die dag niet op school.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.mila], by: lotte, day: -41,
      text: 'De logopedist belde: Mila is voor de derde keer niet gekomen, zonder af te melden. Nog één keer en ze moet weer achteraan op de wachtlijst.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: children, by: kees, day: -30, time: '14:30',
      text: 'Huisbezoek om twee uur, per brief en sms afgesproken. Melissa en Jeroen waren niet thuis. Briefje achtergelaten met een nieuwe afspraak.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.noah], by: lotte, day: -24,
      text: 'De jeugdarts laat weten dat de afspraak voor Noah twee keer is gemist.' },
    { kind: 'EVALUATION', category: 'GENERAL', by: lotte, day: -20, dueOn: calendar.day(-20), status: 'HELD',
      text: 'Evaluatie met Melissa, Jeroen, Kees en Rob.',
      outcome: 'De ochtenden gaan beter als Rob er is: Noah was de laatste weken bijna altijd op tijd. De logopedie lukt niet; Mila is drie keer niet geweest.',
      changes: 'Rob gaat voorlopig mee naar de logopedie. Kees en Lotte bespreken met Melissa wat haar helpt om afspraken te onthouden.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.mila], by: lotte, day: -20, goalId: goal.speech,
      assignee: { type: 'INVOLVEMENT', id: involvement.rob }, dueOn: calendar.day(30),
      text: 'Rob gaat op dinsdag mee naar de logopedie, tot Melissa het weer zelf kan.' },
    { kind: 'EVALUATION', category: 'GENERAL', by: lotte, day: -20, dueOn: calendar.day(40),
      text: 'Volgende evaluatie met Melissa, Jeroen, Kees, Rob en Lotte.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: children, by: kees, day: -16,
      text: 'Huisbezoek ging door. Noah liet trots zijn rekenschrift zien. Met Melissa en Jeroen afgesproken dat ze alle afspraken in een gedeelde agenda op hun telefoon zetten.' },
    // About Melissa herself: not covered by the basis, so the guardian sees that it exists, not what it says.
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.melissa], by: rob, day: -15,
      text: 'Melissa vertelt dat ze slecht slaapt en erg opziet tegen alle afspraken. Ze wil hierover naar de huisarts.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: children, by: rob, day: -10, time: '08:30',
      text: 'De ochtend ging goed: de kinderen waren aangekleed en Noah was op tijd op school. Melissa zei dat het fijn voelde dat het lukte.' },
  ]);
};
