import { EntityManager } from 'typeorm';
import { DemoCalendar } from '../demo-calendar';

/** What every scenario is given: the transaction the whole demo is loaded in, and the ids it refers to. */
export interface DemoContext {
  manager: EntityManager;
  calendar: DemoCalendar;
  /** The id of a demo account, by e-mail address; a typo fails the load instead of linking nobody. */
  account(email: string): string;
}

export type DemoScenario = (context: DemoContext) => Promise<void>;
