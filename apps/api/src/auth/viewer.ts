import { AccountKind } from '@gezinsplan/domain';

/** The signed-in person behind a request, as established by their session. */
export interface Viewer {
  accountId: string;
  sessionId: string;
  kind: AccountKind;
  email: string;
  displayName: string;
  organisationId: string | null;
}
