/**
 * The "database only" reference: what the plan page and the overview show,
 * each read by one hand-written statement with no session, no access decision
 * and no access log (so less work than the page does; the same-work floor is
 * plan-page.ts). It shows what PostgreSQL alone spends on the data.
 */

const NAMES = `
  LEFT JOIN involvement ai ON ai.id = p.author_involvement_id
  LEFT JOIN account aa ON aa.id = ai.account_id
  LEFT JOIN organisation ao ON ao.id = ai.organisation_id
  LEFT JOIN family_member am ON am.id = p.author_member_id
  LEFT JOIN network_member an ON an.id = p.author_network_member_id
  LEFT JOIN involvement si ON si.id = p.assignee_involvement_id
  LEFT JOIN account sa ON sa.id = si.account_id
  LEFT JOIN family_member sm ON sm.id = p.assignee_member_id
  LEFT JOIN network_member sn ON sn.id = p.assignee_network_member_id`;

export const PLAN_PAGE_DATABASE_ONLY = `
SELECT json_build_object(
  'id', f.id, 'name', f.name, 'lastPlanChangeAt', f.last_plan_change_at,
  'members', (SELECT coalesce(json_agg(json_build_object('id', m.id, 'givenName', m.given_name, 'familyName', m.family_name,
      'role', m.role, 'dateOfBirth', m.date_of_birth) ORDER BY m.date_of_birth), '[]')
    FROM family_member m WHERE m.family_id = f.id),
  'network', (SELECT coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'relation', n.relation) ORDER BY n.created_at), '[]')
    FROM network_member n WHERE n.family_id = f.id),
  'involvements', (SELECT coalesce(json_agg(json_build_object('id', i.id, 'professionalName', a.display_name,
      'organisationName', o.name, 'task', i.task,
      'isRegisseur', EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL))
      ORDER BY i.created_at), '[]')
    FROM involvement i JOIN account a ON a.id = i.account_id JOIN organisation o ON o.id = i.organisation_id
    WHERE i.family_id = f.id),
  'regisseurHistory', (SELECT coalesce(json_agg(json_build_object('professionalName', a.display_name, 'startedAt', r.started_at,
      'endedAt', r.ended_at) ORDER BY r.started_at), '[]')
    FROM regisseur_assignment r JOIN involvement i ON i.id = r.involvement_id JOIN account a ON a.id = i.account_id
    WHERE r.family_id = f.id),
  'plan', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'kind', p.kind, 'category', p.category, 'version', p.version,
      'content', p.content, 'status', p.status, 'dueOn', p.due_on, 'aboutMemberIds', p.about_member_ids,
      'targetItemId', p.target_item_id, 'author', coalesce(aa.display_name, am.given_name, an.name),
      'authorOrganisation', ao.name, 'assignee', coalesce(sa.display_name, sm.given_name, sn.name))
      ORDER BY p.created_at, p.id), '[]')
    FROM plan_item p ${NAMES}
    WHERE p.family_id = f.id AND p.removed_at IS NULL),
  'adoptedVersions', (SELECT coalesce(json_agg(json_build_object('number', v.number, 'adoptedAt', v.adopted_at) ORDER BY v.number), '[]')
    FROM plan_version v WHERE v.family_id = f.id)
) AS page
FROM family f WHERE f.id = $1`;

const OVERVIEW_ITEM = `json_build_object('familyId', p.family_id, 'familyName', m.name, 'itemId', p.id, 'kind', p.kind,
  'text', p.content->>'text', 'dueOn', p.due_on, 'status', p.status, 'statusReason', p.content->>'statusReason',
  'assigneeName', coalesce(sa.display_name, sm.given_name || ' ' || sm.family_name, sn.name)) ORDER BY p.due_on, m.name`;

const ASSIGNEES = `
  LEFT JOIN involvement si ON si.id = p.assignee_involvement_id
  LEFT JOIN account sa ON sa.id = si.account_id
  LEFT JOIN family_member sm ON sm.id = p.assignee_member_id
  LEFT JOIN network_member sn ON sn.id = p.assignee_network_member_id`;

export const OVERVIEW_DATABASE_ONLY = `
WITH mine AS MATERIALIZED (
  SELECT i.id, i.family_id, i.task, f.name, f.last_plan_change_at,
         f.last_plan_change_at < now() - interval '6 weeks' AS stalled,
         EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id AND r.ended_at IS NULL) AS regie
    FROM involvement i JOIN family f ON f.id = i.family_id
   WHERE i.account_id = $1 AND i.ended_at IS NULL AND i.starts_on <= current_date
     AND (i.ends_on IS NULL OR i.ends_on >= current_date))
SELECT json_build_object(
  'involvements', (SELECT coalesce(json_agg(json_build_object('familyId', family_id, 'familyName', name, 'involvementId', id,
      'task', task, 'isRegisseur', regie, 'lastPlanChangeAt', last_plan_change_at, 'stalled', stalled) ORDER BY name), '[]') FROM mine),
  'agreementsNeedingAttention', (SELECT coalesce(json_agg(${OVERVIEW_ITEM}), '[]')
    FROM mine m JOIN plan_item p ON p.family_id = m.family_id ${ASSIGNEES}
    WHERE m.regie AND p.kind = 'AGREEMENT' AND p.removed_at IS NULL
      AND ((p.status = 'OPEN' AND p.due_on < current_date) OR p.status = 'NOT_KEPT')),
  'evaluationsDue', (SELECT coalesce(json_agg(${OVERVIEW_ITEM}), '[]')
    FROM mine m JOIN plan_item p ON p.family_id = m.family_id ${ASSIGNEES}
    WHERE m.regie AND p.kind = 'EVALUATION' AND p.removed_at IS NULL AND p.status = 'PLANNED'
      AND p.due_on BETWEEN current_date AND current_date + 14
      AND (p.category IN ('GENERAL', 'SAFETY') OR p.author_involvement_id IN (SELECT id FROM mine WHERE regie))),
  'myOpenAgreements', (SELECT coalesce(json_agg(${OVERVIEW_ITEM}), '[]')
    FROM mine m JOIN plan_item p ON p.assignee_involvement_id = m.id ${ASSIGNEES}
    WHERE p.kind = 'AGREEMENT' AND p.removed_at IS NULL AND p.status = 'OPEN')
) AS overview`;
