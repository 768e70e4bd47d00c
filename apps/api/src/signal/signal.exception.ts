import { badUserInput, conflict, forbidden, notFound } from '../common/errors/api-error';

export const signalNotFound = () => notFound('The signal');

export const alreadySignalled = () =>
  conflict('You already have an active signal for this young person; it is in your matches.');

export const notYourMatch = () =>
  forbidden('You can start a plan only for young people you signalled, and their siblings in the match.');

export const regisseurNotConfirmed = () =>
  badUserInput([{ field: 'regisseurConfirmed', message: 'confirm the regisseur with the professionals first' }]);
