import { conflict, notFound } from '../common/errors/api-error';

/** Also for a professional the proposal was not made to: whether it exists is not theirs to learn. */
export const handoverProposalNotFound = () => notFound('The handover proposal');

export const handoverAlreadyProposed = (toProfessionalName: string) =>
  conflict(
    `The regisseur role is already proposed to ${toProfessionalName}: withdraw that proposal first, or wait for the answer.`,
  );

export const handoverAnsweredMeanwhile = () =>
  conflict('This handover proposal was answered or withdrawn in the meantime.');
