import { ADD_ITEM, OVERVIEW, PLAN_PAGE } from './documents';
import { Identity } from './identities';
import { Call } from './load';

export interface SignedIn extends Identity {
  cookie: string;
}

export interface Sessions {
  regisseurs: SignedIn[];
  partners: SignedIn[];
  parents: SignedIn[];
  agreementWriters: SignedIn[];
  logWriters: SignedIn[];
}


const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });

export function planPageCalls(people: readonly SignedIn[]): Call[] {
  return people.map((p) => ({ cookie: p.cookie, body: body(PLAN_PAGE, { id: p.familyId }) }));
}

export function overviewCalls(people: readonly SignedIn[]): Call[] {
  return people.map((p) => ({ cookie: p.cookie, body: body(OVERVIEW, {}) }));
}

/** A regisseur records an agreement for a family member, due in two months: it never shows as overdue. */
export function agreementCalls(people: readonly SignedIn[], memberOf: ReadonlyMap<string, string>, dueOn: string): Call[] {
  return people.map((p) => ({
    cookie: p.cookie,
    body: body(ADD_ITEM, {
      input: {
        familyId: p.familyId, kind: 'AGREEMENT', category: 'GENERAL', text: 'Benchmark: wekelijks bellen met school',
        dueOn, aboutMemberIds: [], assignee: { type: 'FAMILY_MEMBER', id: memberOf.get(p.familyId) },
      },
    }),
  }));
}

/** A partner writes in the logbook within its task: its one category, about its one member. */
export function logEntryCalls(people: readonly SignedIn[]): Call[] {
  return people.map((p) => ({
    cookie: p.cookie,
    body: body(ADD_ITEM, {
      input: { familyId: p.familyId, kind: 'LOG_ENTRY', category: p.categories[0], text: 'Benchmark: gesprek gehad', aboutMemberIds: p.memberIds },
    }),
  }));
}
