import { CHILD_CONSENT_AGE, FamilyRole, INDEPENDENT_CONSENT_AGE, INFORMATION_CATEGORIES, OrganisationType } from '@gezinsplan/domain';
import { FamilyScope, Involvement, Member } from './family-model';
import { CONSENT_SHARE } from './shape';

/** What the access log records as the basis of an involvement's reads. */
export interface Bases {
  consentIds: Map<string, string[]>;
  legalBasisIds: Map<string, string[]>;
}

/** Who must consent for a member's information (docs/access-rules.md, "Consent and legal bases"). */
function consenters(member: Member, members: readonly Member[]): Member[] {
  if (member.role !== FamilyRole.Child || member.age >= INDEPENDENT_CONSENT_AGE) return [member];
  const parents = members.filter((m) => m.role === FamilyRole.Parent && m.authority);
  return member.age >= CHILD_CONSENT_AGE ? [...parents, member] : parents;
}

const LEGAL_KINDS: Partial<Record<OrganisationType, string>> = {
  [OrganisationType.YouthProtection]: 'SUPERVISION_ORDER',
  [OrganisationType.VeiligThuis]: 'MELDCODE',
  [OrganisationType.ChildProtectionBoard]: 'GOOD_CARE_PROVIDER',
  [OrganisationType.Police]: 'GOOD_CARE_PROVIDER',
};

/**
 * Consent for most of what partners need (recorded by the regisseur, given by
 * exactly the people who must give it), a legal basis for some of what
 * protective organisations need without it, and for some young people of 16
 * and over their consent to inform the family.
 */
export function generateConsents(scope: FamilyScope, members: readonly Member[], involvements: readonly Involvement[], regisseur: Involvement): Bases {
  const { rng, calendar, rows } = scope;
  const bases: Bases = { consentIds: new Map(), legalBasisIds: new Map() };
  const recordedBy = regisseur.accountId;
  const consent = (subject: Member, purpose: string, recipients: string[], categories: readonly string[], fromDay: number): string => {
    const id = rng.uuid();
    const withdrawn = rng.chance(0.05);
    const withdrawnDay = fromDay + rng.next() * (0 - fromDay);
    rows.add('consent', [
      id, scope.id, subject.id, purpose, recipients, categories, calendar.day(fromDay),
      rng.chance(0.2) ? calendar.day(fromDay + 365) : null, calendar.at(fromDay), recordedBy,
      withdrawn ? calendar.at(withdrawnDay) : null, withdrawn ? recordedBy : null, withdrawn ? 'Ingetrokken door ouder' : null,
    ]);
    for (const giver of consenters(subject, members)) rows.add('consent_given', [id, giver.id, calendar.at(fromDay), recordedBy]);
    return id;
  };
  for (const involvement of involvements) {
    if (involvement.regisseur || involvement.endDay !== null) continue;
    const consentIds: string[] = [];
    const legalIds: string[] = [];
    for (const memberId of involvement.memberIds) {
      const subject = members.find((m) => m.id === memberId);
      if (!subject) continue;
      if (rng.chance(CONSENT_SHARE)) {
        consentIds.push(consent(subject, 'PLAN_EXCHANGE', [involvement.id], involvement.categories, involvement.startDay));
        continue;
      }
      const kind = LEGAL_KINDS[involvement.organisationType];
      if (!kind || !rng.chance(0.6)) continue;
      const id = rng.uuid();
      legalIds.push(id);
      const recorded = calendar.at(involvement.startDay + 1);
      rows.add('legal_basis', [
        id, scope.id, kind, `REF-${rng.int(100_000, 999_999)}`, involvement.id, [subject.id], involvement.categories,
        'Zicht op veiligheid', 'Afspraken en incidenten', 'Alleen de veiligheidsonderdelen', 'Toestemming vragen brengt het kind in gevaar',
        'Afgewogen met de aandachtsfunctionaris', calendar.at(involvement.startDay), null, null, recorded, recordedBy,
      ]);
    }
    bases.consentIds.set(involvement.id, consentIds);
    bases.legalBasisIds.set(involvement.id, legalIds);
  }
  for (const young of members.filter((m) => m.role === FamilyRole.Child && m.age >= INDEPENDENT_CONSENT_AGE)) {
    if (rng.chance(0.4)) consent(young, 'INFORM_FAMILY', [], INFORMATION_CATEGORIES, regisseur.startDay);
  }
  return bases;
}
