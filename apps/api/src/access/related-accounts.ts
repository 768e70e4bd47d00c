/**
 * The access module's rule of who relates to a family on a day, as SQL over
 * many accounts at once: what the relation queries of FamilyAccessService
 * check for one account. `today` and `family` are SQL expressions.
 */

/** An involvement gives access on a day while it is not ended and the day lies within its dates. */
export const activeInvolvement = (alias: string, today: string) =>
  `${alias}.ended_at IS NULL AND ${alias}.starts_on <= ${today}::date AND (${alias}.ends_on IS NULL OR ${alias}.ends_on >= ${today}::date)`;

/** The accounts with a relation to the family that day: professionals with an active involvement, family and network members. */
export const accountsRelatedOn = (family: string, today: string) => `
  SELECT i.account_id FROM involvement i WHERE i.family_id = ${family} AND ${activeInvolvement('i', today)}
  UNION ALL SELECT m.account_id FROM family_member m WHERE m.family_id = ${family} AND m.account_id IS NOT NULL
  UNION ALL SELECT n.account_id FROM network_member n WHERE n.family_id = ${family} AND n.account_id IS NOT NULL`;
