/** The addresses people see and bookmark, in Dutch like the rest of the interface. */
export const PATHS = {
  home: '/',
  signIn: '/inloggen',
} as const;
