import { conflict, forbidden, notFound } from '../common/errors/api-error';
import { PlanItemOutput } from './plan-item.output';

export const planItemNotFound = () => notFound('The plan item');

export const staleVersion = (current: PlanItemOutput) =>
  conflict(
    `Someone else changed this item in the meantime (now version ${current.version}). ` +
      'Look at their version, then apply your change to it.',
    current,
  );

export const refused = (reason: string) => forbidden(reason);
