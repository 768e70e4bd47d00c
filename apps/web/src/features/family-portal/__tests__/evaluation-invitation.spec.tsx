import { MockLink } from '@apollo/client/testing';
import { dutchToday } from '@gezinsplan/domain';
import { screen, within } from '@testing-library/react';
import { PortalFamilyPlanDocument } from '../../../graphql/generated/graphql';
import { PATHS } from '../../../shared/paths';
import { planItem } from '../../portal-shared/testing/plan-item-fixture';
import { renderPage } from '../../portal-shared/testing/render-page';
import { OurPlanPage } from '../components/our-plan-page';
import { esthersFamily } from './family-fixture';

/** A day `days` after today, as the API writes dates. */
function daysFromNow(days: number): string {
  const day = new Date(`${dutchToday()}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

const marieke = { __typename: 'Party' as const, id: 'inv-marieke', type: 'INVOLVEMENT' as const, name: 'Marieke de Vries', organisationName: 'Basisschool De Regenboog' };
const goal = planItem({ id: 'goal-school', kind: 'GOAL', status: 'OPEN', text: 'Lisanne gaat elke dag naar school', aboutMemberIds: ['lisanne'] });

function evaluation(id: string, dueOn: string, aboutMemberIds: string[], extra: Parameters<typeof planItem>[0] = {}) {
  return planItem({ id, kind: 'EVALUATION', status: 'PLANNED', dueOn, aboutMemberIds, invitedProfessionals: [marieke], invitedInvolvementIds: [marieke.id], text: 'Hoe gaat het?', ...extra });
}

/** Gezin Meijer as Lisanne (14) reads it. */
function asLisanne(plan: ReturnType<typeof planItem>[]) {
  const family = esthersFamily({ myRelation: { __typename: 'MyRelation', type: 'FAMILY_MEMBER', memberId: 'lisanne' }, plan });
  const query: MockLink.MockedResponse = {
    request: { query: PortalFamilyPlanDocument, variables: { familyId: 'gezin-meijer' } },
    result: { data: { family } },
  };
  return renderPage(<OurPlanPage />, { mocks: [query], path: PATHS.familyPortal, url: '/ons-plan/gezin-meijer' });
}

describe('a young person told about the evaluation that names them', () => {
  it('says at the top when it is, who comes, and that what they think counts', async () => {
    const soon = daysFromNow(5);
    await asLisanne([goal, evaluation('later', daysFromNow(40), ['lisanne']), evaluation('soon', soon, ['lisanne', 'esther'])]);
    await screen.findByRole('heading', { level: 1, name: 'Ons plan' });

    const notice = screen.getByRole('heading', { name: 'Er komt een gesprek over hoe het gaat' }).closest('div');
    if (!notice) throw new Error('No notice');
    const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${soon}T12:00:00Z`));
    expect(within(notice).getByText(`Op ${date} praten jullie samen over het plan. Jij bent daarbij uitgenodigd.`)).toBeVisible();
    expect(within(notice).getByText('Ook deze hulpverleners zijn er: Marieke de Vries.')).toBeVisible();
    expect(within(notice).getByText(/Wat jij vindt, telt mee/)).toBeVisible();
  });

  it('says nothing when no coming evaluation names them, and shows who is invited under Evaluaties', async () => {
    await asLisanne([
      evaluation('mothers', daysFromNow(5), ['esther']),
      evaluation('past', daysFromNow(-3), ['lisanne']),
      evaluation('held', daysFromNow(-30), ['lisanne'], {
        status: 'HELD',
        outcome: 'Het gaat beter.',
        goalOutcomes: [{ __typename: 'GoalOutcome', goalId: 'goal-school', result: 'PARTLY_REACHED' }],
        familyView: 'Ik vind het fijn dat het beter gaat.',
      }),
      goal,
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Ons plan' });

    expect(screen.queryByRole('heading', { name: 'Er komt een gesprek over hoe het gaat' })).toBeNull();
    const section = screen.getByRole('region', { name: 'Evaluaties' });
    expect(within(section).getAllByText('Lisanne, Marieke de Vries (Basisschool De Regenboog)').length).toBeGreaterThan(0);
    expect(within(section).getByText('Lisanne gaat elke dag naar school: voor een deel gelukt')).toBeVisible();
    expect(within(section).getByText('Ik vind het fijn dat het beter gaat.')).toBeVisible();
  });

  it('tells the invited young person of the family’s evaluation they may not read: when, and whom to ask, without its text', async () => {
    const soon = daysFromNow(8);
    await asLisanne([
      goal,
      planItem({ id: 'family-wide', kind: 'EVALUATION', access: 'REDACTED', status: 'PLANNED', dueOn: soon, text: null, invitesYou: true }),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Ons plan' });

    const date = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(new Date(`${soon}T12:00:00Z`));
    const notice = screen.getByRole('heading', { name: 'Er komt een gesprek over hoe het gaat' }).closest('div');
    if (!notice) throw new Error('No notice');
    expect(within(notice).getByText(`Op ${date} praten jullie samen over het plan. Jij bent daarbij uitgenodigd.`)).toBeVisible();
    const section = screen.getByRole('region', { name: 'Evaluaties' });
    expect(within(section).getByText(`Gepland op ${date}`)).toBeVisible();
    expect(within(section).getByText(/Jij bent uitgenodigd voor dit gesprek\. Het gaat over het hele gezin\. Wat er precies in staat, kun je hier niet lezen\./)).toBeVisible();
    expect(within(section).queryByText(/Je ziet hier nog geen geplande evaluatie/)).toBeNull();
  });

  it('does not announce a family-wide evaluation that does not invite them', async () => {
    await asLisanne([goal, planItem({ id: 'other', kind: 'EVALUATION', status: 'PLANNED', dueOn: daysFromNow(8), aboutMemberIds: [], invitesYou: false })]);
    await screen.findByRole('heading', { level: 1, name: 'Ons plan' });

    expect(screen.queryByRole('heading', { name: 'Er komt een gesprek over hoe het gaat' })).toBeNull();
  });

  it('never claims nothing is planned when it sees no evaluation: one may be there that is not theirs to read', async () => {
    await asLisanne([goal]);
    await screen.findByRole('heading', { level: 1, name: 'Ons plan' });

    const section = screen.getByRole('region', { name: 'Evaluaties' });
    expect(within(section).queryByText(/Er is nog geen evaluatie gepland/)).toBeNull();
    expect(within(section).getByText(/Je ziet hier nog geen geplande evaluatie\. Er kan er wel een zijn die je niet kunt zien\./)).toBeVisible();
  });
});
