import { AccountKind, OrganisationType } from '@gezinsplan/domain';

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
];

const professional = (email: string, displayName: string, organisationKey: string, role: string): DemoAccount => ({
  email,
  displayName,
  kind: AccountKind.Professional,
  organisationKey,
  role,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  professional('sanne.jansen@wijkteam.example', 'Sanne Jansen', 'wijkteam', 'regisseur'),
  professional('ahmed.elamrani@wijkteam.example', 'Ahmed El Amrani', 'wijkteam', 'colleague who takes over as regisseur'),
  professional('marieke.devries@regenboog.example', 'Marieke de Vries', 'regenboog', "Lisanne's school counsellor"),
  professional('peter.bakker@stedelijk.example', 'Peter Bakker', 'stedelijk', "Lars's school counsellor"),
  professional('eva.smit@ggz.example', 'Eva Smit', 'ggz', "mother's therapist"),
  professional('joost.mulder@jeugdggz.example', 'Joost Mulder', 'jeugdggz', 'youth mental health'),
  professional('fatima.yilmaz@verslaving.example', 'Fatima Yilmaz', 'verslaving', 'addiction care'),
  professional('linda.visser@veiligthuis.example', 'Linda Visser', 'veiligthuis', 'Veilig Thuis'),
  professional('kees.dekker@jeugdbescherming.example', 'Kees Dekker', 'jeugdbescherming', 'family guardian'),
  professional('tom.vandijk@politie.example', 'Tom van Dijk', 'politie', 'police'),
  professional('anouk.bos@verloskunde.example', 'Anouk Bos', 'verloskunde', 'midwife'),
  professional('rob.hendriks@thuisbegeleiding.example', 'Rob Hendriks', 'thuisbegeleiding', 'home support'),
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
