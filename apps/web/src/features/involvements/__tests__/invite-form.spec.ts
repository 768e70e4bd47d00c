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

  it('knows who is involved already by their address, whatever its case, but not after their involvement ended', () => {
    const involvements = [
      { email: 'Marieke.deVries@regenboog.example', endedAt: null },
      { email: 'rob.hendriks@thuisbegeleiding.example', endedAt: '2026-01-01T10:00:00Z' },
    ];
    expect(isActivelyInvolved('marieke.devries@regenboog.example', involvements)).toBe(true);
    expect(isActivelyInvolved('rob.hendriks@thuisbegeleiding.example', involvements)).toBe(false);
  });
});
