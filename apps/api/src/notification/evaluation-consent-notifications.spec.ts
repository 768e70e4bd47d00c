import { ADD_ITEM, UPDATE_ITEM } from '../testing/plan-operations';
import { NotificationFamily } from '../testing/notification-family';
import { TestAccount } from '../testing/test-context';

const EVALUATION_TEXT = 'Evaluatie: gaat Sem weer elke dag naar school?';
const RECORD_CONSENT = `mutation ($input: RecordConsentInput!) { recordConsent(input: $input) { id effective } }`;
const WITHDRAW_CONSENT = `mutation ($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`;
const WITHDRAWAL_NOTE = 'Ik wil niet dat de school dit weet.';

interface Evaluation {
  id: string;
  version: number;
}

/**
 * An evaluation planned tells the professionals it invites; a consent
 * withdrawn tells the professionals whose access rested on it. Nobody else,
 * never the one who acted, and no e-mail carries anything of the case.
 */
describe('notifications of a planned evaluation and a withdrawn consent', () => {
  let family: NotificationFamily;
  let school: TestAccount;
  let schoolInvolvement: string;
  let coach: TestAccount;
  let coachInvolvement: string;
  let bystander: TestAccount;
  let bystanderInvolvement: string;

  beforeAll(async () => {
    family = await NotificationFamily.create('Gezin Wolters');
    ({ account: school, involvementId: schoolInvolvement } = await family.invitePartner());
    ({ account: coach, involvementId: coachInvolvement } = await family.invitePartner());
    ({ account: bystander, involvementId: bystanderInvolvement } = await family.invitePartner());
    await family.startSender();
  });

  afterAll(() => family.close());

  it('tells the invited professionals that an evaluation is planned, a newly invited one when added, and the invited again when the next is planned', async () => {
    const { addPlanItem: planned } = await family.regisseurSession.data<{ addPlanItem: Evaluation }>(ADD_ITEM, {
      input: {
        familyId: family.familyId, kind: 'EVALUATION', category: 'GENERAL', text: EVALUATION_TEXT, dueOn: '2026-03-02',
        aboutMemberIds: [family.childMemberId], invitedInvolvementIds: [schoolInvolvement, coachInvolvement],
      },
    });
    for (const who of [school, coach]) {
      expect(await family.notificationsOf(who, 'EVALUATION_PLANNED')).toEqual([expect.objectContaining({ familyName: family.familyName })]);
    }
    expect(await family.othersTold('EVALUATION_PLANNED', [school, coach])).toBe(0);

    const { updatePlanItem: widened } = await family.regisseurSession.data<{ updatePlanItem: Evaluation }>(UPDATE_ITEM, {
      input: { id: planned.id, expectedVersion: planned.version, invitedInvolvementIds: [schoolInvolvement, coachInvolvement, bystanderInvolvement] },
    });
    expect(await family.notificationsOf(bystander, 'EVALUATION_PLANNED')).toHaveLength(1);
    expect(await family.notificationsOf(school, 'EVALUATION_PLANNED')).toHaveLength(1);

    await family.regisseurSession.data(UPDATE_ITEM, {
      input: { id: widened.id, expectedVersion: widened.version, status: 'HELD', outcome: 'Goed.', nextEvaluationOn: '2026-06-01' },
    });
    for (const who of [school, coach, bystander]) expect(await family.notificationsOf(who, 'EVALUATION_PLANNED')).toHaveLength(2);
    expect(await family.othersTold('EVALUATION_PLANNED', [school, coach, bystander])).toBe(0);
    // The invitation of the set-up, and the two evaluations.
    await family.mailbox.waitFor(school.email, 3);
    expect(family.mailLeaks([EVALUATION_TEXT, 'Goed.'])).toEqual([]);
  });

  it('tells the professionals a withdrawn consent named, and nobody when the consent never counted', async () => {
    const record = async (givenBy: string) =>
      (
        await family.regisseurSession.data<{ recordConsent: { id: string; effective: boolean } }>(RECORD_CONSENT, {
          input: {
            familyId: family.familyId, subjectMemberId: family.childMemberId, purpose: 'PLAN_EXCHANGE',
            recipientInvolvementIds: [coachInvolvement], categories: ['SCHOOL'], givenByMemberIds: [givenBy],
          },
        })
      ).recordConsent;
    const counted = await record(family.motherMemberId);
    const never = await record(family.childMemberId);
    expect([counted.effective, never.effective]).toEqual([true, false]);
    const mother = await family.ctx.signIn(family.mother);
    await mother.data(WITHDRAW_CONSENT, { input: { consentId: never.id } });
    expect(await family.othersTold('CONSENT_WITHDRAWN', [])).toBe(0);

    await mother.data(WITHDRAW_CONSENT, { input: { consentId: counted.id, note: WITHDRAWAL_NOTE } });
    expect(await family.notificationsOf(coach, 'CONSENT_WITHDRAWN')).toEqual([expect.objectContaining({ familyName: family.familyName })]);
    expect(await family.othersTold('CONSENT_WITHDRAWN', [coach])).toBe(0);
    // The invitation, the two evaluations and the withdrawal.
    await family.mailbox.waitFor(coach.email, 4);
    expect(family.mailLeaks([EVALUATION_TEXT, WITHDRAWAL_NOTE])).toEqual([]);
  });
});
