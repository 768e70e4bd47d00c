import { SignalFieldsFragment, SignalMatchFieldsFragment, SignalSubjectFieldsFragment } from '../../../graphql/generated/graphql';

export const lisanne: SignalSubjectFieldsFragment = {
  __typename: 'SignalSubject',
  id: 'subject-lisanne',
  givenName: 'Lisanne',
  familyName: 'Meijer',
  dateOfBirth: '2016-09-01',
  address: 'Kastanjelaan 27, 3552 TK Utrecht',
};

export const lars: SignalSubjectFieldsFragment = {
  ...lisanne,
  id: 'subject-lars',
  givenName: 'Lars',
  dateOfBirth: '2010-06-10',
};

export function signal(overrides: Partial<SignalFieldsFragment> = {}): SignalFieldsFragment {
  return {
    __typename: 'Signal',
    id: 'signal-eva-lisanne',
    subjectId: lisanne.id,
    professionalName: 'Eva Smit',
    organisationName: 'GGZ Midden-Nederland',
    organisationType: 'ADULT_MENTAL_HEALTH',
    domain: 'MENTAL_HEALTH',
    contactPhone: '030 200 1122',
    contactEmail: 'eva.smit@ggz.example',
    registeredAt: '2025-07-01T08:12:00.000Z',
    expiresAt: '2027-07-01T08:12:00.000Z',
    mine: false,
    familyId: null,
    ...overrides,
  };
}

export const evaOnLisanne = signal();
export const evaOnLars = signal({ id: 'signal-eva-lars', subjectId: lars.id });
export const tomOnLars = signal({
  id: 'signal-tom-lars',
  subjectId: lars.id,
  professionalName: 'Tom van Dijk',
  organisationName: 'Politie Eenheid Midden-Nederland',
  organisationType: 'POLICE',
  domain: 'POLICE_JUSTICE',
  contactPhone: '06 1200 3344',
  contactEmail: 'tom.vandijk@politie.example',
  registeredAt: '2025-09-29T08:18:00.000Z',
});
export const mariekeOnLisanne = signal({
  id: 'signal-marieke-lisanne',
  professionalName: 'Marieke de Vries',
  organisationName: 'Basisschool De Regenboog',
  organisationType: 'SCHOOL',
  domain: 'EDUCATION',
  contactPhone: '030 300 4455',
  contactEmail: 'marieke.devries@regenboog.example',
  registeredAt: '2025-11-28T09:00:00.000Z',
  mine: true,
});

/** Marieke's view of Lisanne: GGZ on Lisanne herself, GGZ and the police on her brother Lars. */
export const mariekesMatch: SignalMatchFieldsFragment = {
  __typename: 'SignalMatch',
  isMatch: true,
  subject: lisanne,
  signals: [evaOnLisanne, mariekeOnLisanne],
  siblings: [lars],
  siblingSignals: [evaOnLars, tomOnLars],
  existingPlan: null,
};

export const DEFAULT_RULE =
  'Rule: organisation types in the order YOUTH_PROTECTION, VEILIG_THUIS, NEIGHBOURHOOD_TEAM, then anyone else; within one type the earliest signal.';
