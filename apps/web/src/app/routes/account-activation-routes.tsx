import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { AccountActivationPage } from '../../features/account-activation/components/account-activation-page';
// The page's layout, loaded with its route (and not in unit tests, which render components alone).
import '../../features/account-activation/account-activation.css';

/** Where an activation e-mail's link leads. Open to anyone: the link's token decides whose account it is. */
export const ACCOUNT_ACTIVATION_ROUTES: RouteObject[] = [{ path: PATHS.accountActivation, element: <AccountActivationPage /> }];
