/**
 * Demo accounts the server loads with LOAD_DEMO_DATA=true (see
 * apps/api/src/demo/demo-organisations.ts). Repeated here rather than
 * imported: the browser tests know the product only from the outside.
 */
export const DEMO_PASSWORD = 'demo-gezinsplan';

export const REGISSEUR = {
  email: 'sanne.jansen@wijkteam.example',
  displayName: 'Sanne Jansen',
  organisation: 'Wijkteam Utrecht Centrum',
} as const;
