import { InformationCategory } from '@gezinsplan/domain';
import { z } from 'zod';
import { InviteInvolvementInput } from '../../../graphql/generated/graphql';
import { optionalDay, requiredText, someOf } from '../../../shared/forms';
import {
  EMPTY_TOLD_AFTERWARDS,
  toldAfterwardsInputOf,
  toldAfterwardsSchema,
  ToldAfterwardsValues,
} from '../../legal-bases/utils/legal-basis-form';

/** The API's limits on a task. */
export const TASK_LENGTH = { minimum: 3, maximum: 500 } as const;

const chosen = z.string().min(1, { message: 'choose' });

/**
 * The checks the API makes, before the regisseur waits for it. `today` is the
 * Dutch calendar day: without a start, the involvement starts today. When the
 * family is told afterwards, the legal basis the invitation carries is checked too.
 */
export function inviteSchema(today: string) {
  const basis = toldAfterwardsSchema(today);
  return z
    .object({
      organisationId: chosen,
      /** The chosen professional, by the address the API invites them by. */
      professionalEmail: chosen,
      task: requiredText(TASK_LENGTH.maximum, TASK_LENGTH.minimum),
      memberIds: someOf(),
      categories: z.array(z.enum(InformationCategory)).min(1, { message: 'choose' }),
      startsOn: optionalDay(),
      endsOn: optionalDay(),
      /** "De familie wordt achteraf geïnformeerd": the invitation carries its legal basis. */
      toldAfterwards: z.boolean(),
      basis: z.custom<ToldAfterwardsValues>(),
    })
    .refine((invite) => !invite.endsOn || invite.endsOn >= (invite.startsOn ?? today), {
      path: ['endsOn'],
      message: 'beforeStart',
      // Checked even while other fields are still wrong, so every problem shows at once.
      when: () => true,
    })
    .check(
      z.superRefine(
        (invite, context) => {
          if (!invite.toldAfterwards) return;
          const result = basis.safeParse(invite.basis);
          for (const issue of result.error?.issues ?? []) {
            context.addIssue({ code: 'custom', path: ['basis', ...issue.path], message: issue.message });
          }
        },
        { when: () => true },
      ),
    )
    .transform((invite) => ({ ...invite, basis: invite.toldAfterwards ? basis.parse(invite.basis) : null }));
}

type InviteSchema = ReturnType<typeof inviteSchema>;
export type InviteFormValues = z.input<InviteSchema>;
export type CheckedInvite = z.output<InviteSchema>;

export const EMPTY_INVITE: InviteFormValues = {
  organisationId: '',
  professionalEmail: '',
  task: '',
  memberIds: [],
  categories: [],
  startsOn: '',
  endsOn: '',
  toldAfterwards: false,
  basis: EMPTY_TOLD_AFTERWARDS,
};

/** What the API gets: no organisation (the professional's address names them), no empty dates, the legal basis when told afterwards. */
export function inviteInputOf(familyId: string, invite: CheckedInvite): InviteInvolvementInput {
  return {
    familyId,
    professionalEmail: invite.professionalEmail,
    task: invite.task,
    categories: invite.categories,
    memberIds: invite.memberIds,
    ...(invite.startsOn ? { startsOn: invite.startsOn } : {}),
    ...(invite.endsOn ? { endsOn: invite.endsOn } : {}),
    ...(invite.basis ? { familyToldAfterwards: toldAfterwardsInputOf(invite.basis) } : {}),
  };
}

/** Someone with an active involvement cannot be invited a second time. */
export function isActivelyInvolved(
  email: string,
  involvements: readonly { email: string; endedAt?: string | null }[],
): boolean {
  const address = email.toLowerCase();
  return involvements.some((involvement) => !involvement.endedAt && involvement.email.toLowerCase() === address);
}
