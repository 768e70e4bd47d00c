import { PlanItemKind, RESPONSE_KINDS } from '@gezinsplan/domain';
import { PlanItemFieldsFragment } from '../../../graphql/generated/graphql';

type PlanItem = PlanItemFieldsFragment;

/** The plan divided into the parts the page shows, each in the order it is read. */
export interface PlanSections {
  situation: PlanItem[];
  goals: PlanItem[];
  agreements: PlanItem[];
  childVoice: PlanItem[];
  safetyPlans: PlanItem[];
  safetyConditions: PlanItem[];
  safetyAgreements: PlanItem[];
  roster: PlanItem[];
  logbook: PlanItem[];
  evaluations: PlanItem[];
  /** The family's comments and own views, under the item they answer. */
  responsesByTarget: ReadonlyMap<string, PlanItem[]>;
  /** Responses that cannot be placed: redacted ones carry no target. */
  otherResponses: PlanItem[];
}

type SectionKey = Exclude<keyof PlanSections, 'responsesByTarget' | 'otherResponses'>;

const SECTION_OF: Record<Exclude<PlanItemKind, 'COMMENT' | 'OWN_VIEW'>, SectionKey> = {
  SITUATION: 'situation',
  GOAL: 'goals',
  AGREEMENT: 'agreements',
  CHILD_VOICE: 'childVoice',
  SAFETY_PLAN: 'safetyPlans',
  SAFETY_CONDITION: 'safetyConditions',
  SAFETY_AGREEMENT: 'safetyAgreements',
  ROSTER_ENTRY: 'roster',
  LOG_ENTRY: 'logbook',
  EVALUATION: 'evaluations',
};

const byCreation = (a: PlanItem, b: PlanItem) => a.createdAt.localeCompare(b.createdAt);

/** Dated items first by date, undated last, then in the order they were written. */
const byDueDate = (a: PlanItem, b: PlanItem) =>
  (a.dueOn ?? '9999-12-31').localeCompare(b.dueOn ?? '9999-12-31') || byCreation(a, b);

/** The day a logbook entry is about: the day it happened, or else the moment it was written. */
const logMoment = (item: PlanItem) => item.occurredOn ?? item.createdAt;

/** Newest first: the logbook is read from the latest news back. */
const byLogMomentNewestFirst = (a: PlanItem, b: PlanItem) =>
  logMoment(b).localeCompare(logMoment(a)) || byCreation(b, a);

/** Monday to Sunday; entries for a single date after the weekly ones, by date. */
const byWeekday = (a: PlanItem, b: PlanItem) => (a.weekday ?? 8) - (b.weekday ?? 8) || byDueDate(a, b);

const ORDER: Partial<Record<SectionKey, (a: PlanItem, b: PlanItem) => number>> = {
  agreements: byDueDate,
  safetyAgreements: byDueDate,
  evaluations: byDueDate,
  logbook: byLogMomentNewestFirst,
  roster: byWeekday,
};

export function planSections(items: readonly PlanItem[]): PlanSections {
  const sections: Record<SectionKey, PlanItem[]> = {
    situation: [],
    goals: [],
    agreements: [],
    childVoice: [],
    safetyPlans: [],
    safetyConditions: [],
    safetyAgreements: [],
    roster: [],
    logbook: [],
    evaluations: [],
  };
  const responsesByTarget = new Map<string, PlanItem[]>();
  const otherResponses: PlanItem[] = [];
  for (const item of items) {
    if (RESPONSE_KINDS.includes(item.kind)) {
      if (item.targetItemId) responsesByTarget.set(item.targetItemId, [...(responsesByTarget.get(item.targetItemId) ?? []), item]);
      else otherResponses.push(item);
      continue;
    }
    sections[SECTION_OF[item.kind as keyof typeof SECTION_OF]].push(item);
  }
  for (const key of Object.keys(sections) as SectionKey[]) sections[key].sort(ORDER[key] ?? byCreation);
  for (const responses of responsesByTarget.values()) responses.sort(byCreation);
  return { ...sections, responsesByTarget, otherResponses };
}
