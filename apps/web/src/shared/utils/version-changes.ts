/** What an earlier version is compared on: whom it was about and the goal it worked on. */
export interface ComparedVersion {
  aboutMemberIds: readonly string[];
  goalId?: string | null;
}

const sameMembers = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();

/**
 * What the next version changed of this one besides its words: a history that shows the same
 * text twice must say that whom it is about, or its goal, changed instead.
 */
export function changesAfter(version: ComparedVersion, newer: ComparedVersion): { about: boolean; goal: boolean } {
  return { about: !sameMembers(version.aboutMemberIds, newer.aboutMemberIds), goal: (version.goalId ?? null) !== (newer.goalId ?? null) };
}
