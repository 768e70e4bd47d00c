import { RouteObject } from 'react-router-dom';
import { ProfessionalOnly } from '../../shared/components/professional-only';
import { PATHS } from '../../shared/paths';
import { RegisterSignalPage } from './components/register-signal-page';
import { SignalLookUpPage } from './components/signal-look-up-page';
import { SignalsPage } from './components/signals-page';
import { StartPlanPage } from './components/start-plan-page';
// The signal pages' layout, loaded with their routes (and not in unit tests, which render components alone).
import '../../shared/components/shared-components.css';
import '../family-plan/family-plan.css';
import './signals.css';

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
