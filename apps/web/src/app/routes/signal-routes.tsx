import { RouteObject } from 'react-router-dom';
import { ProfessionalOnly } from '../../shared/components/professional-only';
import { PATHS } from '../../shared/paths';
import { RegisterSignalPage } from '../../features/signals/components/register-signal-page';
import { SignalLookUpPage } from '../../features/signals/components/signal-look-up-page';
import { SignalsPage } from '../../features/signals/components/signals-page';
import { StartPlanPage } from '../../features/signals/components/start-plan-page';
// The signal pages' layout, loaded with their routes (and not in unit tests, which render components alone).
import '../../shared/components/shared-components.css';
import '../../features/family-plan/family-plan.css';
import '../../features/signals/signals.css';

/** Signals and matches, before there is a plan; for professionals only. */
export const SIGNAL_ROUTES: RouteObject[] = [
  {
    element: <ProfessionalOnly />,
    children: [
      { path: PATHS.signals, element: <SignalsPage /> },
      { path: PATHS.registerSignal, element: <RegisterSignalPage /> },
      { path: PATHS.signalLookUp, element: <SignalLookUpPage /> },
      { path: PATHS.startPlanFromMatch, element: <StartPlanPage /> },
    ],
  },
];
