import { PortalFamilyPlanQuery } from '../../../graphql/generated/graphql';
import { planItem } from '../../portal-shared/testing/plan-item-fixture';

type Family = PortalFamilyPlanQuery['family'];

const sanne = {
  __typename: 'Party' as const,
  id: 'inv-sanne',
  type: 'INVOLVEMENT' as const,
  name: 'Sanne Jansen',
  organisationName: 'Wijkteam Utrecht Centrum',
};
const esther = { __typename: 'Party' as const, id: 'esther', type: 'FAMILY_MEMBER' as const, name: 'Esther de Graaf', organisationName: null };

export const BAD_DAYS = planItem({
  id: 'bad-days',
  kind: 'SITUATION',
  lifeDomain: 'HEALTH',
  aspect: 'CONCERN',
  aboutMemberIds: ['esther'],
  author: sanne,
  text: 'Op slechte dagen komt Esther moeilijk uit bed.',
});

export const ESTHER_AGREEMENT = planItem({
  id: 'play-date',
  kind: 'AGREEMENT',
  status: 'OPEN',
  dueOn: '2025-11-01',
  version: 3,
  author: sanne,
  assignee: esther,
  text: 'Esther maakt een speelafspraak voor Lisanne.',
});

/** Gezin Meijer as Esther, their mother with parental authority, reads it. */
export function esthersFamily(overrides: Partial<Family> = {}): Family {
  return {
    __typename: 'Family',
    id: 'gezin-meijer',
    name: 'Gezin Meijer',
    closedAt: null,
    closureHistory: [],
    myRelation: { __typename: 'MyRelation', type: 'FAMILY_MEMBER', memberId: 'esther' },
    members: [
      { __typename: 'FamilyMember', id: 'esther', givenName: 'Esther', familyName: 'de Graaf', role: 'PARENT' },
      { __typename: 'FamilyMember', id: 'lisanne', givenName: 'Lisanne', familyName: 'Meijer', role: 'CHILD' },
    ],
    network: [],
    involvements: [
      {
        __typename: 'Involvement',
        id: 'inv-sanne',
        organisationName: 'Wijkteam Utrecht Centrum',
        task: 'Regie op het gezinsplan',
        memberIds: ['esther', 'lisanne'],
        professionalName: 'Sanne Jansen',
        discipline: 'gezinscoach',
        phone: '030 123 45 67',
        email: 'sanne.jansen@wijkteam.example',
        isRegisseur: true,
        startsOn: '2025-10-06',
        endsOn: null,
        endedAt: null,
      },
      {
        __typename: 'Involvement',
        id: 'inv-marieke',
        organisationName: 'Basisschool De Regenboog',
        task: 'School: hoe het met Lisanne gaat in de klas',
        memberIds: ['lisanne'],
        professionalName: 'Marieke de Vries',
        discipline: null,
        phone: null,
        email: 'marieke.devries@regenboog.example',
        isRegisseur: false,
        startsOn: '2025-10-06',
        endsOn: null,
        endedAt: null,
      },
    ],
    regisseurHistory: [
      {
        __typename: 'RegisseurTerm',
        involvementId: 'inv-sanne',
        professionalName: 'Sanne Jansen',
        organisationName: 'Wijkteam Utrecht Centrum',
        startedAt: '2025-10-06T07:00:00Z',
        endedAt: null,
      },
    ],
    plan: [
      BAD_DAYS,
      ESTHER_AGREEMENT,
      planItem({
        id: 'buddy',
        kind: 'AGREEMENT',
        status: 'DONE',
        dueOn: '2025-10-20',
        author: sanne,
        assignee: { ...sanne, id: 'inv-marieke', name: 'Marieke de Vries', organisationName: 'Basisschool De Regenboog' },
        text: 'Marieke zet Lisanne in het maatjesproject.',
      }),
      planItem({
        id: 'own-view',
        kind: 'OWN_VIEW',
        targetItemId: 'bad-days',
        aboutMemberIds: ['esther'],
        author: esther,
        createdAt: '2025-10-07T10:00:00Z',
        text: 'Meestal lukt het gewoon.',
      }),
    ],
    ...overrides,
  };
}

/** The same family after its regisseur closed the plan: the goals were reached. */
export function closedFamily(): Family {
  return esthersFamily({
    closedAt: '2025-12-01T10:00:00Z',
    closureHistory: [
      {
        __typename: 'PlanClosureEvent',
        id: 'closing',
        action: 'CLOSED',
        closingReason: 'GOALS_REACHED',
        explanation: 'Het gaat weer goed thuis.',
        finalEvaluation: 'Esther vraagt zelf hulp als het weer moeilijk wordt.',
        at: '2025-12-01T10:00:00Z',
        byName: 'Sanne Jansen',
      },
    ],
  });
}
