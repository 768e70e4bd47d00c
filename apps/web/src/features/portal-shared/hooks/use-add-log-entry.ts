import { useMutation } from '@apollo/client/react';
import { InformationCategory } from '@gezinsplan/domain';
import { PortalAddLogEntryDocument } from '../../../graphql/generated/graphql';
import { appendToPlan } from '../utils/append-to-plan';

export interface NewLogEntry {
  text: string;
  /** YYYY-MM-DD, or null when it is about the day it is written. */
  occurredOn: string | null;
  category: InformationCategory;
}

/** Writes in the family's logbook: the one kind of item the family and the network add themselves. */
export function useAddLogEntry(familyId: string) {
  const [mutate] = useMutation(PortalAddLogEntryDocument, {
    update(cache, { data }) {
      if (data) appendToPlan(cache, familyId, data.addPlanItem);
    },
  });

  /** Saves the entry; a failure is thrown for the form kit to show. */
  const addLogEntry = async (entry: NewLogEntry): Promise<void> => {
    await mutate({
      variables: {
        input: {
          familyId,
          kind: 'LOG_ENTRY',
          category: entry.category,
          text: entry.text,
          occurredOn: entry.occurredOn,
          aboutMemberIds: [],
        },
      },
    });
  };

  return { addLogEntry };
}
