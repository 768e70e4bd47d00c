import { useMutation } from '@apollo/client/react';
import { InformationCategory } from '@gezinsplan/domain';
import { PortalAddLogEntryDocument } from '../../../graphql/generated/graphql';
import { CaseFormProblem, caseProblemOf } from '../../../shared/components/form-problem';
import { appendToPlan } from '../utils/append-to-plan';

export const LOG_ENTRY_FIELDS = ['text', 'occurredOn'] as const;

export type LogEntryField = (typeof LOG_ENTRY_FIELDS)[number];

export interface NewLogEntry {
  text: string;
  /** YYYY-MM-DD, or null when it is about the day it is written. */
  occurredOn: string | null;
  category: InformationCategory;
}

/** Writes in the family's logbook: the one kind of item the family and the network add themselves. */
export function useAddLogEntry(familyId: string) {
  const [mutate, { loading }] = useMutation(PortalAddLogEntryDocument, {
    update(cache, { data }) {
      if (data) appendToPlan(cache, familyId, data.addPlanItem);
    },
  });

  /** Resolves to null when it was saved, or to what the form should show. */
  const addLogEntry = async (entry: NewLogEntry): Promise<CaseFormProblem<LogEntryField> | null> => {
    try {
      await mutate({
        variables: {
          input: {
            familyId,
            kind: 'LOG_ENTRY',
            category: entry.category,
            text: entry.text.trim(),
            occurredOn: entry.occurredOn,
            aboutMemberIds: [],
          },
        },
      });
      return null;
    } catch (error) {
      return caseProblemOf(error, LOG_ENTRY_FIELDS);
    }
  };

  return { addLogEntry, saving: loading };
}
