import { RouteObject } from 'react-router-dom';
import { PATHS } from '../../shared/paths';
import { ForgotPasswordPage } from '../../features/password-reset/components/forgot-password-page';
import { ResetPasswordPage } from '../../features/password-reset/components/reset-password-page';

/** Asking for a link (signed out) and where the link leads (open to anyone: the token decides whose account it is). */
export const FORGOT_PASSWORD_ROUTES: RouteObject[] = [{ path: PATHS.forgotPassword, element: <ForgotPasswordPage /> }];
export const PASSWORD_RESET_ROUTES: RouteObject[] = [{ path: PATHS.passwordReset, element: <ResetPasswordPage /> }];
