import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { personHasPlan, PersonWithPlan } from '../common/errors/api-error';
import { ExistingPlanOutput } from '../family/existing-plan.output';

/** Someone about to be put in a plan, as the starter knows them. */
export interface PersonToPlace {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  bsn?: string | null;
  /** The starter confirmed that a namesake in another active plan is someone else: logged, never overriding a BSN. */
  differentPersonConfirmed?: boolean;
}

type Found = ExistingPlanOutput & { person: number };

/**
 * One family once (issue 15 item 4): finds people already in a family with an active plan
 * (`family_plan_is_active`), by BSN where known, otherwise by name and date of birth, and
 * answers only how to reach that plan's regisseur: never the family, its plan or its members.
 */
@Injectable()
export class ExistingPlanService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Per person (by index), the active plan they are already in, if any. */
  async find(people: readonly PersonToPlace[], manager: EntityManager = this.dataSource.manager): Promise<Map<number, ExistingPlanOutput>> {
    if (people.length === 0) return new Map();
    const found = (await manager.query(
      `SELECT DISTINCT ON (p.ord) p.ord - 1 AS person,
              CASE WHEN p.bsn IS NOT NULL AND m.bsn = p.bsn THEN 'BSN' ELSE 'NAME_AND_DATE_OF_BIRTH' END AS "matchedBy",
              a.display_name AS "regisseurName", o.name AS "organisationName", a.phone, a.email
         FROM unnest($1::text[], $2::text[], $3::date[], $4::text[]) WITH ORDINALITY AS p(given_name, family_name, date_of_birth, bsn, ord)
         -- Two look-ups, each on its own index, instead of one OR that made PostgreSQL read every member.
         JOIN LATERAL (
           SELECT m.family_id, m.bsn FROM family_member m WHERE m.bsn = p.bsn
           UNION ALL
           SELECT m.family_id, m.bsn FROM family_member m
            WHERE (m.bsn IS NULL OR p.bsn IS NULL) AND m.date_of_birth = p.date_of_birth
              AND lower(m.family_name) = lower(trim(p.family_name)) AND lower(m.given_name) = lower(trim(p.given_name))
         ) m ON true
         JOIN regisseur_assignment r ON r.family_id = m.family_id AND r.ended_at IS NULL
         JOIN involvement i ON i.id = r.involvement_id
         JOIN account a ON a.id = i.account_id
         LEFT JOIN organisation o ON o.id = i.organisation_id
        WHERE family_plan_is_active(m.family_id)
        ORDER BY p.ord, (m.bsn = p.bsn) IS TRUE DESC, r.started_at DESC`,
      [people.map((p) => p.givenName), people.map((p) => p.familyName), people.map((p) => p.dateOfBirth), people.map((p) => p.bsn ?? null)],
    )) as Found[];
    return new Map(found.map(({ person, ...plan }) => [Number(person), plan]));
  }

  /**
   * Reopening a closed plan: refused, naming the person and whom to ask, when one of its members
   * known by BSN is in another active plan by now. Runs while the plan is still closed, in the
   * reopening's transaction (the database checks again when `closed_at` is cleared).
   */
  async refuseReopening(familyId: string, manager: EntityManager): Promise<void> {
    const members = (await manager.query(
      `SELECT given_name AS "givenName", family_name AS "familyName", to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", bsn
         FROM family_member WHERE family_id = $1 AND bsn IS NOT NULL ORDER BY created_at, id`,
      [familyId],
    )) as PersonToPlace[];
    refuseSecondPlans(members, await this.find(members, manager));
  }
}

/**
 * Refuses before anything is created when a person is known by BSN to be in an active plan already
 * (the database refuses it too), naming the person and whom to ask. A namesake (same name and date
 * of birth) is flagged before (`peopleInActivePlans`), not refused: the starter may know it is someone else.
 */
export function refuseSecondPlans(people: ReadonlyArray<PersonToPlace & { field?: string }>, found: ReadonlyMap<number, ExistingPlanOutput>): void {
  const blocking = people.flatMap((person, index): PersonWithPlan[] => {
    const plan = found.get(index);
    if (plan?.matchedBy !== 'BSN') return [];
    return [{ field: person.field, givenName: person.givenName, familyName: person.familyName, dateOfBirth: person.dateOfBirth, ...plan }];
  });
  if (blocking.length > 0) throw personHasPlan(blocking);
}

/** The people whose namesake the starter confirmed to be someone else: each such confirmation is logged. */
export function confirmedNamesakes<P extends PersonToPlace>(people: readonly P[], found: ReadonlyMap<number, ExistingPlanOutput>): P[] {
  return people.filter((person, index) => person.differentPersonConfirmed === true && found.get(index)?.matchedBy === 'NAME_AND_DATE_OF_BIRTH');
}
