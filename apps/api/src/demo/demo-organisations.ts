import { AccountKind, OrganisationType } from '@gezinsplan/domain';
import { SIGNALLED_LARS, SIGNALLED_LISANNE } from './scenarios/lisanne-and-lars-signals';

/**
 * The organisations and people of the scenarios in domain.md section 7.
 * Names are invented; e-mail addresses use the reserved .example domain.
 */
export interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
}

export interface DemoAccount {
  email: string;
  displayName: string;
  kind: AccountKind;
  organisationKey: string | null;
  /** What this login is for in the demo, printed at start. */
  role: string;
  /** A professional's discipline, shown with their involvements. */
  discipline?: string;
  /** A professional's work phone: every "bel …" on a page shows it. */
  phone?: string;
  /** Someone who left their organisation: they cannot sign in, but their part of the plans' history stays theirs. */
  disabled?: boolean;
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  { key: 'wijkteam', name: 'Wijkteam Utrecht Centrum', type: OrganisationType.NeighbourhoodTeam },
  { key: 'regenboog', name: 'Basisschool De Regenboog', type: OrganisationType.School },
  { key: 'stedelijk', name: 'Stedelijk College Amersfoort', type: OrganisationType.School },
  { key: 'ggz', name: 'GGZ Midden-Nederland', type: OrganisationType.AdultMentalHealth },
  { key: 'jeugdggz', name: 'Jeugd-GGZ De Brug', type: OrganisationType.YouthMentalHealth },
  { key: 'verslaving', name: 'Verslavingszorg Utrecht', type: OrganisationType.AddictionCare },
  { key: 'veiligthuis', name: 'Veilig Thuis Utrecht', type: OrganisationType.VeiligThuis },
  { key: 'jeugdbescherming', name: 'Samen Veilig Midden-Nederland', type: OrganisationType.YouthProtection },
  { key: 'politie', name: 'Politie Eenheid Midden-Nederland', type: OrganisationType.Police },
  { key: 'verloskunde', name: 'Verloskundigenpraktijk De Wieg', type: OrganisationType.Midwife },
  { key: 'thuisbegeleiding', name: 'Thuisbegeleiding Samen Sterk', type: OrganisationType.HomeSupport },
  { key: 'raad', name: 'Raad voor de Kinderbescherming Midden-Nederland', type: OrganisationType.ChildProtectionBoard },
];

/** Invented numbers in the format of Dutch office lines, one per professional. */
const WORK_PHONES: Readonly<Record<string, string>> = {
  'sanne.jansen@wijkteam.example': '030 286 4101',
  'ahmed.elamrani@wijkteam.example': '030 286 4102',
  'lotte.verbeek@wijkteam.example': '030 286 4103',
  'femke.dewit@wijkteam.example': '030 286 4104',
  'marieke.devries@regenboog.example': '030 241 5500',
  'peter.bakker@stedelijk.example': '033 461 2200',
  'eva.smit@ggz.example': '030 200 1122',
  'joost.mulder@jeugdggz.example': '030 230 8800',
  'fatima.yilmaz@verslaving.example': '030 256 3300',
  'linda.visser@veiligthuis.example': '030 767 7000',
  'kees.dekker@jeugdbescherming.example': '030 751 2200',
  'tom.vandijk@politie.example': '06 1200 3344',
  'anouk.bos@verloskunde.example': '030 244 1900',
  'rob.hendriks@thuisbegeleiding.example': '030 262 7700',
  'hans.willems@raad.example': '030 799 3000',
};

const professional = (
  email: string,
  displayName: string,
  organisationKey: string,
  discipline: string,
  role: string,
): DemoAccount => ({
  email,
  displayName,
  kind: AccountKind.Professional,
  organisationKey,
  discipline,
  role,
  phone: WORK_PHONES[email],
});

/** A family portal login: for a parent, a child of 12 or over, or someone from the network. */
export const portalAccount = (
  email: string,
  displayName: string,
  kind: typeof AccountKind.FamilyMember | typeof AccountKind.NetworkMember,
  role: string,
): DemoAccount => ({ email, displayName, kind, organisationKey: null, role });

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  professional('sanne.jansen@wijkteam.example', 'Sanne Jansen', 'wijkteam', 'gezinscoach',
    'regisseur of Gezin Meijer (scenario 1) and Gezin Hoekstra (scenario 4)'),
  professional('ahmed.elamrani@wijkteam.example', 'Ahmed El Amrani', 'wijkteam', 'gezinscoach',
    'regisseur of Gezin de Jong (scenario 2); took over Gezin de Haan from Femke de Wit (scenario 6)'),
  professional('lotte.verbeek@wijkteam.example', 'Lotte Verbeek', 'wijkteam', 'gezinscoach',
    'regisseur of Gezin van den Berg (scenario 5)'),
  {
    ...professional('femke.dewit@wijkteam.example', 'Femke de Wit', 'wijkteam', 'gezinscoach',
      'former regisseur of Gezin de Haan; left the wijkteam (scenario 6)'),
    disabled: true,
  },
  professional('marieke.devries@regenboog.example', 'Marieke de Vries', 'regenboog', 'intern begeleider',
    `Lisanne's school counsellor (scenario 1); signalling Lisanne (BSN ${SIGNALLED_LISANNE.bsn}) shows the match`),
  professional('peter.bakker@stedelijk.example', 'Peter Bakker', 'stedelijk', 'zorgcoördinator',
    `Lars's school counsellor (scenario 1); signalling Lars (BSN ${SIGNALLED_LARS.bsn}) shows the match`),
  professional('eva.smit@ggz.example', 'Eva Smit', 'ggz', 'sociaal psychiatrisch verpleegkundige',
    "GGZ; treats Lisanne and Lars's mother, signalled both children (scenario 1)"),
  professional('joost.mulder@jeugdggz.example', 'Joost Mulder', 'jeugdggz', 'GZ-psycholoog',
    'youth mental health; treats Thijs, 16 (scenario 4)'),
  professional('fatima.yilmaz@verslaving.example', 'Fatima Yilmaz', 'verslaving', 'verslavingsconsulent',
    'addiction care for Kevin and Chantal (scenario 2)'),
  professional('linda.visser@veiligthuis.example', 'Linda Visser', 'veiligthuis', 'casemanager Veilig Thuis',
    'Veilig Thuis; set the safety conditions (scenario 2)'),
  professional('kees.dekker@jeugdbescherming.example', 'Kees Dekker', 'jeugdbescherming', 'jeugdbeschermer',
    'regisseur of Gezin Koster (scenario 3); family guardian under a supervision order (scenario 5)'),
  professional('tom.vandijk@politie.example', 'Tom van Dijk', 'politie', 'wijkagent',
    'police; announced an arrest (scenario 2); signalled Lars (scenario 1)'),
  professional('anouk.bos@verloskunde.example', 'Anouk Bos', 'verloskunde', 'verloskundige', 'midwife (scenario 2)'),
  professional('rob.hendriks@thuisbegeleiding.example', 'Rob Hendriks', 'thuisbegeleiding', 'thuisbegeleider',
    'home support (scenarios 1, 2 and 5)'),
  professional('hans.willems@raad.example', 'Hans Willems', 'raad', 'raadsonderzoeker',
    'Child Protection Board; investigation ended with a supervision order (scenario 5)'),
  {
    email: 'beheer@wijkteam.example',
    displayName: 'Ingrid Peters',
    kind: AccountKind.OrganisationAdmin,
    organisationKey: 'wijkteam',
    role: 'organisation administrator (sees no case content)',
  },
  {
    email: 'platformbeheer@gezinsplan.example',
    displayName: 'Platformbeheer',
    kind: AccountKind.PlatformAdmin,
    organisationKey: null,
    role: 'platform administrator (sees no case content)',
  },
];

/**
 * Published on purpose: demo data is only loaded outside production unless a
 * deployer explicitly allows it (see config).
 */
export const DEMO_PASSWORD = 'demo-gezinsplan';
