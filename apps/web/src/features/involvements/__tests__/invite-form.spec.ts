import { EMPTY_TOLD_AFTERWARDS } from '../../legal-bases/utils/legal-basis-form';
import { EMPTY_INVITE, InviteFormValues, inviteInputOf, inviteSchema, isActivelyInvolved } from '../utils/invite-form';

const today = '2026-03-10';
const complete: InviteFormValues = {
  organisationId: 'org-regenboog',
  professionalEmail: 'marieke.devries@regenboog.example',
  task: '  School: hoe het met Lisanne gaat  ',
  categories: ['SCHOOL', 'GENERAL'],
  memberIds: ['lisanne'],
  startsOn: '',
  endsOn: '',
  toldAfterwards: false,
  basis: EMPTY_TOLD_AFTERWARDS,
};

const basis = {
  ...EMPTY_TOLD_AFTERWARDS,
  kind: 'MELDCODE',
  purpose: 'Onderzoek naar de veiligheid van Lisanne.',
  necessaryInformation: 'Alleen wat over haar veiligheid gaat.',
  proportionality: 'Beperkt tot veiligheid en tot Lisanne.',
  subsidiarity: 'Met toestemming vragen brengt Lisanne in gevaar.',
  professionalSecrecy: 'Afgewogen met de aandachtsfunctionaris.',
  informingDelayReason: '  Lisanne komt in gevaar als de ouders het nu horen.  ',
};

/** Each marked field with its reason. */
function problemsOf(values: InviteFormValues): Record<string, string> {
  const result = inviteSchema(today).safeParse(values);
  if (result.success) return {};
  const problems: Record<string, string> = {};
  for (const issue of result.error.issues) problems[issue.path.join('.')] ??= issue.message;
  return problems;
}

describe('inviting a professional', () => {
  it('needs an organisation, a professional, a task, and the members and kinds of information it concerns', () => {
    expect(problemsOf(EMPTY_INVITE)).toEqual({
      organisationId: 'choose',
      professionalEmail: 'choose',
      task: 'empty',
      categories: 'choose',
      memberIds: 'choose',
    });
    expect(problemsOf(complete)).toEqual({});
  });

  it('asks a task of 3 to 500 characters, as the API does', () => {
    expect(problemsOf({ ...complete, task: ' ab ' })).toEqual({ task: 'tooShort' });
    expect(problemsOf({ ...complete, task: 'x'.repeat(501) })).toEqual({ task: 'tooLong' });
  });

  it('refuses an end before the start, and before today when there is no start', () => {
    expect(problemsOf({ ...complete, endsOn: '2026-03-09' })).toEqual({ endsOn: 'beforeStart' });
    expect(problemsOf({ ...complete, endsOn: '2026-03-10' })).toEqual({});
    expect(problemsOf({ ...complete, startsOn: '2026-04-01', endsOn: '2026-03-31' })).toEqual({ endsOn: 'beforeStart' });
  });

  it('sends the task trimmed and leaves out empty dates', () => {
    expect(inviteInputOf('gezin-meijer', inviteSchema(today).parse(complete))).toEqual({
      familyId: 'gezin-meijer',
      professionalEmail: 'marieke.devries@regenboog.example',
      task: 'School: hoe het met Lisanne gaat',
      categories: ['SCHOOL', 'GENERAL'],
      memberIds: ['lisanne'],
    });
    expect(
      inviteInputOf('gezin-meijer', inviteSchema(today).parse({ ...complete, startsOn: '2026-04-01', endsOn: '2026-07-01' })),
    ).toMatchObject({ startsOn: '2026-04-01', endsOn: '2026-07-01' });
  });

  it('asks the legal basis only when the family is told afterwards, and sends it with the invitation', () => {
    expect(problemsOf({ ...complete, basis: { ...EMPTY_TOLD_AFTERWARDS, purpose: 'x' } })).toEqual({});
    expect(problemsOf({ ...complete, toldAfterwards: true })).toEqual({
      'basis.kind': 'choose',
      'basis.purpose': 'empty',
      'basis.necessaryInformation': 'empty',
      'basis.proportionality': 'empty',
      'basis.subsidiarity': 'empty',
      'basis.professionalSecrecy': 'empty',
      'basis.informingDelayReason': 'empty',
    });
    expect(problemsOf({ ...complete, toldAfterwards: true, basis: { ...basis, informingDelayReason: 'later' } })).toEqual({
      'basis.informingDelayReason': 'tooShort',
    });
    expect(inviteInputOf('gezin-meijer', inviteSchema(today).parse({ ...complete, toldAfterwards: true, basis })).familyToldAfterwards).toEqual({
      kind: 'MELDCODE',
      purpose: basis.purpose,
      necessaryInformation: basis.necessaryInformation,
      proportionality: basis.proportionality,
      subsidiarity: basis.subsidiarity,
      professionalSecrecy: basis.professionalSecrecy,
      informingDelayReason: 'Lisanne komt in gevaar als de ouders het nu horen.',
    });
    // Filled in, then unticked: nothing of it is sent.
    expect(inviteInputOf('gezin-meijer', inviteSchema(today).parse({ ...complete, basis })).familyToldAfterwards).toBeUndefined();
  });

  it('knows who is involved already by their address, whatever its case, but not after their involvement ended', () => {
    const involvements = [
      { email: 'Marieke.deVries@regenboog.example', endedAt: null },
      { email: 'rob.hendriks@thuisbegeleiding.example', endedAt: '2026-01-01T10:00:00Z' },
    ];
    expect(isActivelyInvolved('marieke.devries@regenboog.example', involvements)).toBe(true);
    expect(isActivelyInvolved('rob.hendriks@thuisbegeleiding.example', involvements)).toBe(false);
  });
});
