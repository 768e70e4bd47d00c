import { DemoAccount } from '../demo-organisations';
import { A_NEW_START_ACCOUNTS, loadANewStart } from './a-new-start';
import { loadCourtSupervision } from './court-supervision';
import { DemoContext, DemoScenario } from './demo-context';
import { HANDOVER_ACCOUNTS, loadHandover } from './handover';
import { LISANNE_AND_LARS_ACCOUNTS, loadLisanneAndLars } from './lisanne-and-lars';
import { loadLisanneAndLarsSignals } from './lisanne-and-lars-signals';
import { loadNetworkSafetyPlan, NETWORK_SAFETY_PLAN_ACCOUNTS } from './network-safety-plan';
import { loadSixteen, SIXTEEN_ACCOUNTS } from './sixteen';

/** The family and network logins the scenarios link to their people. */
export const DEMO_PORTAL_ACCOUNTS: readonly DemoAccount[] = [
  ...LISANNE_AND_LARS_ACCOUNTS,
  ...A_NEW_START_ACCOUNTS,
  ...NETWORK_SAFETY_PLAN_ACCOUNTS,
  ...SIXTEEN_ACCOUNTS,
  ...HANDOVER_ACCOUNTS,
];

/** The six scenarios of domain.md section 7, in its order; scenario 1 also as signals before its plan. */
const SCENARIOS: readonly DemoScenario[] = [
  loadLisanneAndLars,
  loadLisanneAndLarsSignals,
  loadANewStart,
  loadNetworkSafetyPlan,
  loadSixteen,
  loadCourtSupervision,
  loadHandover,
];

export async function loadDemoScenarios(context: DemoContext): Promise<void> {
  for (const scenario of SCENARIOS) await scenario(context);
  // The revision trigger moves a family's last change to each row's time in the order rows are
  // written, not to the newest; stagnation is measured from it, so it is settled from the history.
  await context.manager.query(
    `UPDATE family f SET last_plan_change_at = r.last_change
       FROM (SELECT family_id, max(changed_at) AS last_change FROM plan_item_revision GROUP BY family_id) r
      WHERE r.family_id = f.id`,
  );
}
