import { AccountKind } from '@gezinsplan/domain';
import { randomUUID } from 'node:crypto';
import { DemoAccount, portalAccount } from '../demo-organisations';
import { DemoScenario } from './demo-context';
import { DemoFamily } from './demo-family';
import { reviseItems, writeItems } from './plan-items';

/**
 * Scenario 6: the first regisseur leaves her organisation; a colleague takes
 * over with a handover note. Nothing is lost: version 1 of the plan was
 * adopted months ago, every later change is in the history, and Kim sees
 * who her new point of contact is.
 */
export const KIM = portalAccount('kim.dehaan@mail.example', 'Kim de Haan', AccountKind.FamilyMember,
  'mother of Finn and Julia: sees her new regisseur after the handover (scenario 6)');
export const HANDOVER_ACCOUNTS: readonly DemoAccount[] = [KIM];

const ADOPTED = -150;
const HANDED_OVER = -21;

export const loadHandover: DemoScenario = async (context) => {
  const { account, calendar } = context;
  const femkeAccount = account('femke.dewit@wijkteam.example');
  const ahmedAccount = account('ahmed.elamrani@wijkteam.example');
  const family = await DemoFamily.start(context, { name: 'Gezin de Haan', createdBy: femkeAccount, since: -240 });
  const member = await family.members({
    kim: { givenName: 'Kim', familyName: 'de Haan', role: 'PARENT', dateOfBirth: calendar.born(36, 45),
      hasParentalAuthority: true, accountId: account(KIM.email) },
    finn: { givenName: 'Finn', familyName: 'de Haan', role: 'CHILD', dateOfBirth: calendar.born(11, 130) },
    julia: { givenName: 'Julia', familyName: 'de Haan', role: 'CHILD', dateOfBirth: calendar.born(6, 300) },
  });
  const everyone = Object.values(member);
  const involvement = await family.involvements({
    femke: { accountId: femkeAccount, task: 'Regie op het gezinsplan: geldzaken, een betere woning en rust voor Kim en de kinderen',
      categories: ['GENERAL', 'SAFETY'], memberIds: everyone, since: -240, invitedBy: femkeAccount,
      ended: { at: calendar.at(HANDED_OVER + 1, '17:00'),
        reason: `Femke is uit dienst bij het wijkteam. De regie is op ${calendar.written(HANDED_OVER)} overgedragen aan Ahmed El Amrani.` } },
    // Invited by Femke a few days before she left, for a warm handover.
    ahmed: { accountId: ahmedAccount, task: 'Regie op het gezinsplan, overgenomen van Femke de Wit',
      categories: ['GENERAL', 'SAFETY'], memberIds: everyone, since: -24, invitedBy: femkeAccount },
  });
  await family.regisseurTerms([
    { involvementId: involvement.femke, assignedBy: femkeAccount, startedAt: calendar.at(-240, '09:00'),
      endedAt: calendar.at(HANDED_OVER, '16:00') },
    { involvementId: involvement.ahmed, assignedBy: femkeAccount, startedAt: calendar.at(HANDED_OVER, '16:00'),
      handoverNote: `Kim werkt goed mee en wil het echt anders. De schuldhulp loopt via de gemeente; Kim opent haar post weer zelf. Voor een nieuwe woning is urgentie toegekend; we wachten op een aanbod. Finn vindt nieuwe mensen spannend: begin over voetbal. Versie 1 van het plan is vastgesteld op ${calendar.written(ADOPTED)}; alles wat daarna veranderde, staat in de geschiedenis.` },
  ]);

  const femke = { accountId: femkeAccount, involvementId: involvement.femke };
  const ahmed = { accountId: ahmedAccount, involvementId: involvement.ahmed };
  const kim = { accountId: account(KIM.email), memberId: member.kim };
  const item = {
    money: randomUUID(), home: randomUUID(), football: randomUUID(),
    debtHelp: randomUUID(), urgency: randomUUID(), club: randomUUID(), evaluation: randomUUID(),
  };

  await writeItems(family, [
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.kim], by: femke, day: -230, lifeDomain: 'FINANCES', aspect: 'CONCERN',
      text: 'Kim heeft ongeveer 14.000 euro schuld, vooral bij de zorgverzekeraar en het energiebedrijf. Er liggen stapels ongeopende post.' },
    { kind: 'SITUATION', category: 'GENERAL', by: femke, day: -230, lifeDomain: 'HOUSING', aspect: 'CONCERN',
      text: 'Kim woont met Finn en Julia in een flat met twee kamers. De kinderen slapen samen op één kamer. In de badkamer zit schimmel.' },
    { kind: 'SITUATION', category: 'GENERAL', aboutMemberIds: [member.kim], by: femke, day: -230, lifeDomain: 'PARENTING', aspect: 'STRENGTH',
      text: 'Kim is een betrokken moeder. Ze brengt de kinderen elke dag zelf naar school en kookt elke avond.' },
    { id: item.money, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.kim], by: femke, day: -225,
      text: "Kim: 'Ik wil mijn post weer durven openmaken en weten wat ik elke maand kan uitgeven.'" },
    { id: item.home, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: everyone, by: femke, day: -225,
      text: "Kim, Finn en Julia: 'We wonen in een huis zonder schimmel, waar Finn een eigen kamer heeft.'" },
    { id: item.football, kind: 'GOAL', category: 'GENERAL', aboutMemberIds: [member.finn], by: femke, day: -225,
      text: "Finn: 'Ik wil op voetbal, net als mijn vrienden.'" },
    { id: item.debtHelp, kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.kim], by: femke, day: -225, goalId: item.money,
      assignee: { type: 'FAMILY_MEMBER', id: member.kim }, dueOn: calendar.day(-200),
      text: 'Kim meldt zich aan bij de schuldhulpverlening van de gemeente.' },
    { id: item.urgency, kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: everyone, by: femke, day: -225, goalId: item.home,
      assignee: { type: 'INVOLVEMENT', id: involvement.femke }, dueOn: calendar.day(-170),
      text: 'Femke vraagt samen met Kim urgentie aan bij de woningcorporatie.' },
    { id: item.club, kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: [member.finn], by: femke, day: -225, goalId: item.football,
      assignee: { type: 'INVOLVEMENT', id: involvement.femke }, dueOn: calendar.day(-140),
      text: 'Femke zoekt met Finn een voetbalclub en vraagt de contributie aan bij het Jeugdfonds Sport.' },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.julia], by: femke, day: -220,
      text: "Julia: 'Ik wil een kamer met een roze muur. En dat mama niet meer huilt om de brieven.'" },
    { kind: 'CHILD_VOICE', category: 'GENERAL', aboutMemberIds: [member.finn], by: femke, day: -220,
      text: "Finn: 'Ik wil niet steeds aan nieuwe mensen vertellen hoe het thuis is.'" },
    { id: item.evaluation, kind: 'EVALUATION', category: 'GENERAL', by: femke, day: -225, dueOn: calendar.day(-60),
      text: 'Evaluatie van het plan met Kim.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', by: femke, day: ADOPTED, time: '11:00',
      text: 'Gezinsgesprek: het plan samen met Kim vastgesteld. Finn en Julia hebben hun wensen getekend; de tekeningen hangen op de koelkast.' },

    // After the adoption: the warm handover, and the new regisseur's first steps.
    { kind: 'LOG_ENTRY', category: 'GENERAL', by: femke, day: HANDED_OVER - 1,
      text: 'Warme overdracht: samen met Ahmed bij Kim thuis geweest. Kim, Finn en Julia hebben kennisgemaakt met Ahmed. Ahmed had het plan en de geschiedenis al gelezen, dus Kim hoefde haar verhaal niet opnieuw te vertellen.' },
    { kind: 'LOG_ENTRY', category: 'GENERAL', aboutMemberIds: [member.kim], by: ahmed, day: -12,
      text: 'Eerste gesprek alleen met Kim. Ze vond het jammer dat Femke wegging, maar fijn dat alles in het plan stond. De woningcorporatie heeft een woning aangeboden; de bezichtiging is volgende week.' },
    { kind: 'AGREEMENT', category: 'GENERAL', aboutMemberIds: everyone, by: ahmed, day: -12, goalId: item.home,
      assignee: { type: 'INVOLVEMENT', id: involvement.ahmed }, dueOn: calendar.day(9),
      text: 'Ahmed gaat met Kim mee naar de bezichtiging van de nieuwe woning.' },
    { kind: 'EVALUATION', category: 'GENERAL', by: ahmed, day: -12, dueOn: calendar.day(12),
      text: 'Evaluatie met Kim en Ahmed: samen het plan doorlopen en de verhuizing voorbereiden.' },
    { kind: 'COMMENT', category: 'GENERAL', aboutMemberIds: [member.kim], by: kim, day: -4, time: '21:10', targetItemId: item.money,
      text: 'Ik ben echt trots dat ik mijn post weer zelf openmaak. Dank je, Femke, en nu Ahmed.' },
  ]);

  // In the order they happened: each is the item's next version.
  await reviseItems(family, [
    { itemId: item.debtHelp, byAccountId: femkeAccount, day: -203, status: 'DONE' },
    { itemId: item.urgency, byAccountId: femkeAccount, day: -175, status: 'DONE' },
    { itemId: item.evaluation, byAccountId: femkeAccount, day: -60, status: 'HELD',
      content: {
        outcome: 'De schuldhulp loopt en Kim opent haar post weer. Urgentie voor een woning is toegekend; we wachten op een aanbod. Finn zit nog niet op voetbal.',
        changes: 'De afspraak over voetbal loopt langer door.',
      } },
    { itemId: item.club, byAccountId: femkeAccount, day: -60, dueOn: calendar.day(-10) },
    { itemId: item.club, byAccountId: ahmedAccount, day: HANDED_OVER + 1, dueOn: calendar.day(-6),
      assignee: { type: 'INVOLVEMENT', id: involvement.ahmed } },
    { itemId: item.money, byAccountId: ahmedAccount, day: -7, status: 'ACHIEVED' },
    { itemId: item.club, byAccountId: ahmedAccount, day: -6, status: 'DONE' },
    { itemId: item.football, byAccountId: ahmedAccount, day: -5, status: 'ACHIEVED' },
  ]);

  // Version 1 is the plan as it stood when it was adopted: each item at its revision of that moment.
  const adoptedAt = calendar.at(ADOPTED, '14:00');
  const planVersion = randomUUID();
  await family.manager.query(
    `INSERT INTO plan_version (id, family_id, number, adopted_at, adopted_by_account_id, note)
     VALUES ($1, $2, 1, $3, $4, 'Plan vastgesteld met Kim in het gezinsgesprek.')`,
    [planVersion, family.id, adoptedAt, femkeAccount],
  );
  await family.manager.query(
    `INSERT INTO plan_version_item (plan_version_id, item_id, item_version)
     SELECT $1, item_id, max(version) FROM plan_item_revision
      WHERE family_id = $2 AND changed_at <= $3 GROUP BY item_id`,
    [planVersion, family.id, adoptedAt],
  );
};
