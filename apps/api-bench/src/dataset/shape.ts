import { InformationCategory as C, OrganisationType as O } from '@gezinsplan/domain';

/**
 * The proportions of the synthetic country: one place to read and change
 * them. Figures are plausible for Dutch 1 Gezin 1 Plan practice, not measured.
 */

/** Families a professional works with at once; keeps a person's overview the same size at every scale. */
export const CASELOAD = 18;
export const PROFESSIONALS_PER_ORGANISATION = 60;

/** Involvements per family, regisseur included: 2 to 8. */
export const INVOLVEMENT_COUNT: ReadonlyArray<readonly [number, number]> = [
  [2, 15], [3, 22], [4, 22], [5, 16], [6, 11], [7, 8], [8, 6],
];
export const MEAN_PARTNERS = 3.34;

export const REGISSEUR_TYPES: ReadonlyArray<readonly [O, number]> = [
  [O.NeighbourhoodTeam, 85], [O.YouthProtection, 10], [O.VeiligThuis, 5],
];

export const PARTNER_TYPES: ReadonlyArray<readonly [O, number]> = [
  [O.School, 25], [O.YouthMentalHealth, 15], [O.HomeSupport, 12], [O.GeneralPractitioner, 10],
  [O.AdultMentalHealth, 8], [O.AddictionCare, 6], [O.Police, 5], [O.VeiligThuis, 5], [O.YouthProtection, 5],
  [O.NeighbourhoodTeam, 4], [O.ChildProtectionBoard, 3], [O.Midwife, 2],
];

/** Whom a task is about, and which categories it needs. */
export type TaskScope = 'ONE_CHILD' | 'CHILDREN' | 'ONE_PARENT' | 'PARENTS' | 'ANYONE';

export const TASKS: Record<O, { task: string; categories: C[]; scope: TaskScope; discipline: string }> = {
  [O.School]: { task: 'Begeleiding op school', categories: [C.School], scope: 'ONE_CHILD', discipline: 'Intern begeleider' },
  [O.YouthMentalHealth]: { task: 'Behandeling jeugd-ggz', categories: [C.MentalHealth], scope: 'ONE_CHILD', discipline: 'Psycholoog' },
  [O.AdultMentalHealth]: { task: 'Behandeling ggz ouder', categories: [C.MentalHealth], scope: 'ONE_PARENT', discipline: 'Psychiater' },
  [O.AddictionCare]: { task: 'Verslavingszorg', categories: [C.Addiction], scope: 'ONE_PARENT', discipline: 'Verslavingsarts' },
  [O.HomeSupport]: { task: 'Schuldhulp en thuisondersteuning', categories: [C.Finances, C.General], scope: 'PARENTS', discipline: 'Thuisbegeleider' },
  [O.GeneralPractitioner]: { task: 'Huisartsenzorg', categories: [C.MentalHealth, C.General], scope: 'ANYONE', discipline: 'Huisarts' },
  [O.Police]: { task: 'Wijkagent', categories: [C.PoliceJustice], scope: 'ANYONE', discipline: 'Wijkagent' },
  [O.VeiligThuis]: { task: 'Onderzoek en veiligheid', categories: [C.Safety, C.General], scope: 'CHILDREN', discipline: 'Aandachtsfunctionaris' },
  [O.YouthProtection]: { task: 'Ondertoezichtstelling', categories: [C.Safety, C.General, C.School], scope: 'CHILDREN', discipline: 'Jeugdbeschermer' },
  [O.ChildProtectionBoard]: { task: 'Raadsonderzoek', categories: [C.Safety, C.PoliceJustice], scope: 'CHILDREN', discipline: 'Raadsonderzoeker' },
  [O.Midwife]: { task: 'Kraamzorg', categories: [C.General], scope: 'ONE_PARENT', discipline: 'Verloskundige' },
  [O.NeighbourhoodTeam]: { task: 'Gezinscoaching', categories: [C.General, C.Finances], scope: 'ANYONE', discipline: 'Gezinscoach' },
  [O.Other]: { task: 'Ondersteuning', categories: [C.General], scope: 'ANYONE', discipline: 'Begeleider' },
};

/** Organisation types whose involvement may set safety conditions (docs/access-rules.md). */
export const SAFETY_SETTERS: readonly O[] = [O.VeiligThuis, O.YouthProtection, O.ChildProtectionBoard];

export const SAFETY_PLAN_SHARE = 0.25;
export const CONSENT_SHARE = 0.7;
export const ENDED_INVOLVEMENT_SHARE = 0.1;
export const HANDOVER_SHARE = 0.15;
export const ADOPTED_PLAN_SHARE = 0.3;

/**
 * The long tail: one family in HEAVY_EVERY has been followed for years, with
 * hundreds of agreements and logbook entries (about 500 items) and a long
 * access log, as the families practice keeps longest. Chosen by position, so
 * that every scale from 200 families up has some.
 */
export const HEAVY_EVERY = 200;
export const HEAVY_AGE_DAYS: readonly [number, number] = [730, 2190];
export const HEAVY_AGREEMENTS: readonly [number, number] = [160, 240];
export const HEAVY_LOG_ENTRIES: readonly [number, number] = [200, 280];
/** Reads of the plan per involvement over the years of a heavy family (2 to 8 for the others). */
export const HEAVY_READS: readonly [number, number] = [40, 120];

/** Bumped whenever the generator's output changes, so that an older dataset is not measured as if it were this one. */
export const DATASET_SHAPE = 2;

export const GIVEN_NAMES = [
  'Anna', 'Bram', 'Daan', 'Emma', 'Fatima', 'Gijs', 'Hanna', 'Ilse', 'Jesse', 'Kim', 'Lars', 'Lisanne', 'Mila',
  'Mohamed', 'Noor', 'Olivier', 'Priya', 'Ruben', 'Sara', 'Tim', 'Yara', 'Zeynep', 'Emre', 'Sanne', 'Joris', 'Ayoub',
];
export const FAMILY_NAMES = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder',
  'Yilmaz', 'El Amrani', 'Bos', 'Vos', 'Peters', 'Hendriks', 'Dekker', 'Kaya', 'Brouwer', 'de Wit', 'Dijkstra',
];
export const NETWORK_RELATIONS = ['oma', 'opa', 'buurvrouw', 'tante', 'oom', 'vriendin', 'voetbaltrainer', 'peetmoeder'];

export const TEXTS = {
  situation: ['Vader heeft sinds kort werk', 'Er zijn schulden bij de woningcorporatie', 'Oma helpt elke week mee',
    'De kinderen gaan graag naar school', 'Er is veel ruzie thuis', 'Moeder slaapt slecht'],
  goal: ['Rust in huis', 'Noor gaat weer elke dag naar school', 'De schulden zijn geregeld', 'Ouders maken samen afspraken'],
  agreement: ['Wekelijks overleg met de mentor', 'Aanmelding bij de schuldhulp', 'Huisbezoek elke twee weken',
    'Moeder belt de huisarts', 'Vader gaat naar de groepstraining'],
  childVoice: ['Ik wil dat papa en mama geen ruzie maken', 'Ik vind school leuk maar de pauze niet', 'Ik wil vaker naar oma'],
  evaluation: ['Evaluatie van het gezinsplan', 'Tussentijdse evaluatie'],
  log: ['Gesprek gehad met moeder', 'Telefonisch contact met school', 'Huisbezoek: het gaat beter', 'Afspraak verzet'],
  comment: ['Dit klopt niet helemaal', 'Dank voor de hulp', 'Wij zien dat anders'],
  safety: ['Er wordt niet geslagen', 'Bij ruzie gaat vader naar buiten', 'Oma haalt de kinderen op bij onrust'],
} as const;
