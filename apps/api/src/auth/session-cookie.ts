import type { CookieOptions, Response } from 'express';

export const SESSION_COOKIE = 'gp_session';

export function sessionCookieOptions(secure: boolean, maxAgeMs?: number): CookieOptions {
  // Lax, not Strict: a sign-in that returns from an OpenID Connect provider is a
  // top-level navigation from another site and must carry the cookie.
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAgeMs ? { maxAge: maxAgeMs } : {}) };
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, sessionCookieOptions(secure));
}
