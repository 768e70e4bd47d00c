import { conflict, notFound } from '../common/errors/api-error';
import { FamilyMemberOutput, NetworkMemberOutput } from './family.output';

export const familyMemberNotFound = () => notFound('The family member');

export const staleFamilyMember = (current: FamilyMemberOutput) =>
  conflict(
    `Someone else corrected this family member in the meantime (now version ${current.version}). ` +
      'Look at their details, then apply your correction to them.',
    current,
  );

export const networkMemberNotFound = () => notFound('The network member');

export const staleNetworkMember = (current: NetworkMemberOutput) =>
  conflict(
    `Someone else corrected this network member in the meantime (now version ${current.version}). ` +
      'Look at their details, then apply your correction to them.',
    current,
  );
