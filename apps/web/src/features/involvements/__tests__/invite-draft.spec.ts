import { checkInviteDraft, EMPTY_INVITE, inviteInputOf, isActivelyInvolved } from '../utils/invite-draft';

const today = '2026-03-10';
const complete = {
  organisationId: 'org-regenboog',
  professionalEmail: 'marieke.devries@regenboog.example',
  task: '  School: hoe het met Lisanne gaat  ',
  categories: ['SCHOOL' as const, 'GENERAL' as const],
  memberIds: ['lisanne'],
  startsOn: '',
  endsOn: '',
};

describe('inviting a professional', () => {
  it('needs an organisation, a professional, a task, and the members and kinds of information it concerns', () => {
    expect(checkInviteDraft(EMPTY_INVITE, today)).toEqual({
      organisationId: 'empty',
      professionalEmail: 'empty',
      task: 'empty',
      categories: 'empty',
      memberIds: 'empty',
    });
    expect(checkInviteDraft(complete, today)).toEqual({});
  });

  it('asks a task of 3 to 500 characters, as the API does', () => {
    expect(checkInviteDraft({ ...complete, task: ' ab ' }, today)).toEqual({ task: 'tooShort' });
    expect(checkInviteDraft({ ...complete, task: 'x'.repeat(501) }, today)).toEqual({ task: 'tooLong' });
  });

  it('refuses an end before the start, and before today when there is no start', () => {
    expect(checkInviteDraft({ ...complete, endsOn: '2026-03-09' }, today)).toEqual({ endsOn: 'beforeStart' });
    expect(checkInviteDraft({ ...complete, endsOn: '2026-03-10' }, today)).toEqual({});
    expect(checkInviteDraft({ ...complete, startsOn: '2026-04-01', endsOn: '2026-03-31' }, today)).toEqual({ endsOn: 'beforeStart' });
  });

  it('sends the task trimmed and leaves out empty dates', () => {
    expect(inviteInputOf('gezin-meijer', complete)).toEqual({
      familyId: 'gezin-meijer',
      professionalEmail: 'marieke.devries@regenboog.example',
      task: 'School: hoe het met Lisanne gaat',
      categories: ['SCHOOL', 'GENERAL'],
      memberIds: ['lisanne'],
    });
    expect(inviteInputOf('gezin-meijer', { ...complete, startsOn: '2026-04-01', endsOn: '2026-07-01' })).toMatchObject({
      startsOn: '2026-04-01',
      endsOn: '2026-07-01',
    });
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
