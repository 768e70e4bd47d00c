import { ORGANISATION_TYPES, OrganisationType } from '@gezinsplan/domain';
import { SignalFieldsFragment, SignalMatchFieldsFragment, SignalSubjectFieldsFragment } from '../../../graphql/generated/graphql';

export function subjectName(subject: Pick<SignalSubjectFieldsFragment, 'givenName' | 'familyName'>): string {
  return `${subject.givenName} ${subject.familyName}`;
}

/** Each sibling with the active signals about them, in the order the API lists the siblings. */
export function siblingsWithSignals(
  match: SignalMatchFieldsFragment,
): Array<{ sibling: SignalSubjectFieldsFragment; signals: SignalFieldsFragment[] }> {
  return match.siblings.map((sibling) => ({
    sibling,
    signals: match.siblingSignals.filter((signal) => signal.subjectId === sibling.id),
  }));
}

/** The family plan already started from my signal on this young person, if any. */
export function startedPlanId(match: SignalMatchFieldsFragment): string | null {
  return match.signals.find((signal) => signal.mine && signal.familyId)?.familyId ?? null;
}

/**
 * The professionals with a signal on the chosen young people, each once
 * (by their earliest signal), earliest first: who joins the plan, and who
 * may become regisseur. A professional is known by their e-mail address.
 */
export function signallingProfessionals(
  match: SignalMatchFieldsFragment,
  subjectIds: readonly string[],
): SignalFieldsFragment[] {
  const signals = [...match.signals, ...match.siblingSignals]
    .filter((signal) => subjectIds.includes(signal.subjectId))
    .sort((a, b) => a.registeredAt.localeCompare(b.registeredAt));
  const seen = new Set<string>();
  return signals.filter((signal) => {
    if (seen.has(signal.contactEmail)) return false;
    seen.add(signal.contactEmail);
    return true;
  });
}

/**
 * The organisation types in the order the rule puts first, read from the
 * API's explanation ("… in the order YOUTH_PROTECTION, VEILIG_THUIS, …, then
 * anyone else …"), so the page can say it in the reader's language. Null when
 * the explanation does not read that way; the page then shows it as it is.
 */
export function ruleOrderOf(reason: string): OrganisationType[] | null {
  const listed = /in the order ([A-Z_]+(?:,\s*[A-Z_]+)*),? then/.exec(reason)?.[1];
  if (!listed) return null;
  const types = listed.split(',').map((type) => type.trim());
  return types.every((type) => (ORGANISATION_TYPES as readonly string[]).includes(type)) ? (types as OrganisationType[]) : null;
}
