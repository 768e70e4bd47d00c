import { badUserInput, conflict, notFound } from '../common/errors/api-error';

export const involvementNotFound = () => notFound('The involvement');

export const regisseurMustHandOverFirst = () =>
  conflict('The regisseur’s involvement cannot end: hand the regisseur role over first.');

export const staleInvolvement = (version: number) =>
  conflict(`Someone else changed this involvement in the meantime (now version ${version}).`, { version });

export const unknownProfessional = () =>
  badUserInput([{ field: 'professionalEmail', message: 'no active professional account has this e-mail address' }]);
