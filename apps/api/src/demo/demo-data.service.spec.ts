import { expect } from '@jest/globals';
import { SAFETY_CONDITION_SETTERS } from '@gezinsplan/access-policy';
import { dutchToday } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';
import { DemoDataService } from './demo-data.service';
import { DEMO_PASSWORD } from './demo-organisations';
import { DEMO_PORTAL_ACCOUNTS } from './scenarios';
import { GERDA } from './scenarios/network-safety-plan';
import { ESTHER } from './scenarios/lisanne-and-lars';
import { MOTHER_BSN, SIGNAL_ADDRESS, SIGNALLED_LARS, SIGNALLED_LISANNE } from './scenarios/lisanne-and-lars-signals';
import { KIM } from './scenarios/handover';
import { MARLEEN, THIJS } from './scenarios/sixteen';
import { Row } from '../database/typed-sql';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const MY_FAMILIES = `{ myFamilies { id name } }`;
const PLAN = `query ($id: ID!) { family(id: $id) { plan { id kind category access text redaction { organisationName contactName } } } }`;

interface SeenItem {
  id: string;
  kind: string;
  category: string;
  access: 'FULL' | 'REDACTED';
  text: string | null;
  redaction: { organisationName: string; contactName: string | null } | null;
}

const SANNE = 'sanne.jansen@wijkteam.example';
const MARIEKE = 'marieke.devries@regenboog.example';

describe('the demo data', () => {
  let ctx: TestContext;
  let firstLoad: boolean;

  beforeAll(async () => {
    ctx = await TestContext.create();
    firstLoad = await ctx.app.get(DemoDataService).loadIntoEmptyDatabase(DEMO_PASSWORD);
  });
  afterAll(() => ctx.close());

  async function signIn(email: string): Promise<GraphQLSession> {
    const session = ctx.anonymous();
    await session.data(SIGN_IN, { input: { email, password: DEMO_PASSWORD } });
    return session;
  }

  async function familyId(session: GraphQLSession, name: string): Promise<string> {
    const { myFamilies } = await session.data<{ myFamilies: Array<{ id: string; name: string }> }>(MY_FAMILIES);
    const family = myFamilies.find((f) => f.name === name);
    if (!family) throw new Error(`${name} is not among ${JSON.stringify(myFamilies)}`);
    return family.id;
  }

  async function plan(session: GraphQLSession, id: string): Promise<Map<string, SeenItem>> {
    const { family } = await session.data<{ family: { plan: SeenItem[] } }>(PLAN, { id });
    return new Map(family.plan.map((item) => [item.id, item]));
  }

  /** Ids straight from the database, to hold what someone sees against what is there. */
  async function itemIds(familyName: string, condition: string, params: unknown[] = []): Promise<string[]> {
    const rows: Array<{ id: string }> = await ctx.dataSource.query(
      `SELECT p.id FROM plan_item p JOIN family f ON f.id = p.family_id
        WHERE f.name = $1 AND p.removed_at IS NULL AND (${condition})`,
      [familyName, ...params],
    );
    if (rows.length === 0) throw new Error(`The demo has no items in ${familyName} where ${condition}`);
    return rows.map((row) => row.id);
  }

  async function memberId(familyName: string, givenName: string): Promise<string> {
    const [row] = await ctx.dataSource.query<Row<'family_member', 'id'>[]>(
      `SELECT m.id FROM family_member m JOIN family f ON f.id = m.family_id WHERE f.name = $1 AND m.given_name = $2`,
      [familyName, givenName],
    );
    return row.id;
  }

  /** Conditions for `itemIds`, taking their value as its second parameter. */
  const authoredBy = `p.author_involvement_id IN (SELECT i.id FROM involvement i JOIN account a ON a.id = i.account_id WHERE a.email = $2)`;
  const about = `$2::uuid = ANY(p.about_member_ids)`;
  const aboutOnly = `p.about_member_ids = ARRAY[$2::uuid]`;

  it('loads into an empty database once; a second load is refused and adds nothing', async () => {
    expect(firstLoad).toBe(true);
    const count = () =>
      ctx.dataSource.query<Array<Record<'accounts' | 'families' | 'revisions' | 'consents', string>>>(`SELECT (SELECT count(*) FROM account) AS accounts, (SELECT count(*) FROM family) AS families,
        (SELECT count(*) FROM plan_item_revision) AS revisions, (SELECT count(*) FROM consent) AS consents`);
    const before = await count();
    expect(await ctx.app.get(DemoDataService).loadIntoEmptyDatabase(DEMO_PASSWORD)).toBe(false);
    expect(await count()).toEqual(before);
    expect(before[0].families).toBe('6');
  });

  describe('scenario 1: Lisanne and Lars', () => {
    it('shows the regisseur the whole plan’s general and safety parts in full', async () => {
      const sanne = await signIn(SANNE);
      const seen = await plan(sanne, await familyId(sanne, 'Gezin Meijer'));
      for (const id of await itemIds('Gezin Meijer', `p.category IN ('GENERAL', 'SAFETY')`)) {
        expect(seen.get(id)).toMatchObject({ access: 'FULL', text: expect.any(String) });
      }
      // What she may not read names its author to ask, not herself.
      const stubs = [...seen.values()].filter((item) => item.access === 'REDACTED');
      expect(stubs.length).toBeGreaterThan(0);
      for (const stub of stubs) expect(stub.redaction?.contactName).not.toBe('Sanne Jansen');
    });

    it('shows Lisanne’s school counsellor her school items in full, and GGZ’s items about the mother only as a stub', async () => {
      const marieke = await signIn(MARIEKE);
      const seen = await plan(marieke, await familyId(marieke, 'Gezin Meijer'));
      const ggz = await itemIds('Gezin Meijer', authoredBy, ['eva.smit@ggz.example']);
      for (const id of ggz) {
        expect(seen.get(id)).toMatchObject({
          access: 'REDACTED',
          text: null,
          redaction: { organisationName: 'GGZ Midden-Nederland', contactName: 'Sanne Jansen' },
        });
      }
      const lisannesSchool = await itemIds('Gezin Meijer', `p.category = 'SCHOOL' AND ${aboutOnly}`, [await memberId('Gezin Meijer', 'Lisanne')]);
      for (const id of lisannesSchool) expect(seen.get(id)).toMatchObject({ access: 'FULL', text: expect.any(String) });
      // Written by the regisseur, not by the school: readable through the parents' consent.
      expect([...seen.values()].find((i) => i.text?.includes('vinger durven opsteken'))?.access).toBe('FULL');
      for (const id of await itemIds('Gezin Meijer', `p.category = 'SCHOOL' AND ${about}`, [await memberId('Gezin Meijer', 'Lars')])) {
        expect(seen.get(id)?.access).toBe('REDACTED');
      }
    });

    it('tells Lars (15) about the family’s evaluation that invites him: that it is and when, not its content', async () => {
      const lars = await signIn('lars.meijer@mail.example');
      const { family } = await lars.data<{ family: { plan: { id: string; access: string; invitesYou: boolean; dueOn: string | null; text: string | null }[] } }>(
        `query ($id: ID!) { family(id: $id) { plan(kinds: [EVALUATION]) { id access invitesYou dueOn text } } }`,
        { id: await familyId(lars, 'Gezin Meijer') },
      );
      const evaluations = await itemIds('Gezin Meijer', `p.kind = 'EVALUATION' AND p.content->'invitedMemberIds' ? $2`, [await memberId('Gezin Meijer', 'Lars')]);
      expect(family.plan.map((item) => item.id).sort()).toEqual([...evaluations].sort());
      for (const item of family.plan) expect(item).toMatchObject({ access: 'REDACTED', invitesYou: true, dueOn: expect.any(String), text: null });
    });

    it('keeps what was withheld from the family out of the mother’s sight, and shows her the rest', async () => {
      const esther = await signIn(ESTHER.email);
      const seen = await plan(esther, await familyId(esther, 'Gezin Meijer'));
      for (const id of await itemIds('Gezin Meijer', `p.withheld_from_family_reason IS NOT NULL`)) expect(seen.has(id)).toBe(false);
      for (const id of await itemIds('Gezin Meijer', authoredBy, ['eva.smit@ggz.example'])) expect(seen.get(id)?.access).toBe('FULL');
    });
  });

  describe('scenario 1 before the plan: the signals', () => {
    const MY_SIGNALS = `{ mySignals { isMatch subject { givenName dateOfBirth address }
      signals { professionalName organisationName domain mine contactPhone contactEmail registeredAt expiresAt familyId }
      siblings { givenName } siblingSignals { professionalName organisationName domain } } }`;
    interface Match {
      isMatch: boolean;
      subject: { givenName: string; dateOfBirth: string; address: string };
      signals: Array<{ professionalName: string; organisationName: string; domain: string; mine: boolean; contactPhone: string;
        contactEmail: string; registeredAt: string; expiresAt: string; familyId: string | null }>;
      siblings: Array<{ givenName: string }>;
      siblingSignals: Array<{ professionalName: string; organisationName: string; domain: string }>;
    }
    const mySignals = async (email: string) =>
      (await (await signIn(email)).data<{ mySignals: Match[] }>(MY_SIGNALS)).mySignals;
    const byName = (matches: Match[], givenName: string) => matches.find((m) => m.subject.givenName === givenName);
    const who = (signals: Array<{ professionalName: string; organisationName: string; domain: string }>) =>
      signals.map((s) => `${s.professionalName}, ${s.organisationName}, ${s.domain}`);
    const EVA = 'Eva Smit, GGZ Midden-Nederland, MENTAL_HEALTH';
    const TOM = 'Tom van Dijk, Politie Eenheid Midden-Nederland, POLICE_JUSTICE';

    it('has GGZ’s earlier signals on both children and the police’s on Lars, for 24 months, before any plan', async () => {
      const eva = await mySignals('eva.smit@ggz.example');
      expect(eva.map((m) => m.subject.givenName).sort()).toEqual(['Lars', 'Lisanne']);
      for (const match of eva) {
        expect(match.subject.address).toBe(`${SIGNAL_ADDRESS.street} ${SIGNAL_ADDRESS.houseNumber}, 3552 TK ${SIGNAL_ADDRESS.city}`);
        for (const signal of match.signals) {
          expect(signal.familyId).toBeNull();
          expect(signal.contactEmail).toMatch(/@(ggz|politie)\.example$/);
          const expires = new Date(signal.registeredAt);
          expires.setUTCMonth(expires.getUTCMonth() + 24);
          expect(new Date(signal.expiresAt).toISOString()).toBe(expires.toISOString());
          expect(Date.now() - new Date(signal.registeredAt).getTime()).toBeGreaterThan(30 * 86_400_000);
        }
      }
      const rows = await ctx.dataSource.query<Array<Row<'signal_subject', 'bsn'> & Row<'signal', 'parent_bsns'> & { uninformed: string }>>(
        `SELECT j.bsn, s.parent_bsns, count(*) FILTER (WHERE s.informed_at IS NULL) AS uninformed
           FROM signal_subject j JOIN signal s ON s.subject_id = j.id GROUP BY j.id, s.parent_bsns ORDER BY j.bsn`,
      );
      expect(rows).toEqual([
        { bsn: SIGNALLED_LISANNE.bsn, parent_bsns: [MOTHER_BSN], uninformed: '0' },
        { bsn: SIGNALLED_LARS.bsn, parent_bsns: [MOTHER_BSN], uninformed: '0' },
      ]);
    });

    it('shows GGZ a match with the police on Lars, and on Lisanne nobody else until the school signals her', async () => {
      const before = await mySignals('eva.smit@ggz.example');
      const lars = byName(before, 'Lars');
      expect(lars).toMatchObject({ isMatch: true, siblings: [{ givenName: 'Lisanne' }] });
      expect(who(lars?.signals ?? [])).toEqual([EVA, TOM]);
      const lisanne = byName(before, 'Lisanne');
      expect(who(lisanne?.signals ?? [])).toEqual([EVA]);
      // Her brother's police signal is the family's: through the sibling grouping, Lisanne's card counts as a match too.
      expect(lisanne).toMatchObject({ isMatch: true, siblings: [{ givenName: 'Lars' }] });
      expect(who(lisanne?.siblingSignals ?? [])).toEqual([EVA, TOM]);

      const tom = await mySignals('tom.vandijk@politie.example');
      expect(tom.map((m) => m.subject.givenName)).toEqual(['Lars']);
      expect(who(tom[0].siblingSignals)).toEqual([EVA]);
      const notified = await ctx.dataSource.query<Array<Row<'account', 'email'> & Row<'notification', 'message'>>>(
        `SELECT a.email, n.message FROM notification n JOIN account a ON a.id = n.account_id ORDER BY a.email`,
      );
      expect(notified).toEqual([
        { email: 'eva.smit@ggz.example', message: expect.stringMatching(/^Match voor de jongere L\. M\., geboren \d\d-\d\d-\d{4}: Tom van Dijk \(Politie/) },
        { email: 'tom.vandijk@politie.example', message: expect.stringMatching(/: Eva Smit \(GGZ Midden-Nederland\)$/) },
      ]);

      // The school has no signal yet: a look-up answers nothing.
      const marieke = await signIn(MARIEKE);
      const LOOK_UP = `query ($bsn: String!) { signalLookUp(bsn: $bsn) { subject { givenName } } }`;
      expect((await marieke.data<{ signalLookUp: unknown }>(LOOK_UP, { bsn: SIGNALLED_LISANNE.bsn })).signalLookUp).toBeNull();
      const { registerSignal } = await marieke.data<{ registerSignal: Match }>(
        `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) { isMatch subject { givenName }
          signals { professionalName organisationName domain } siblingSignals { professionalName organisationName domain } } }`,
        { input: { ...SIGNALLED_LISANNE, dateOfBirth: byName(before, 'Lisanne')?.subject.dateOfBirth, ...SIGNAL_ADDRESS,
          parentBsns: [MOTHER_BSN], domain: 'EDUCATION', contactPhone: '030 300 4455', informedAt: new Date().toISOString() } },
      );
      const MARIEKE_SIGNAL = 'Marieke de Vries, Basisschool De Regenboog, EDUCATION';
      expect(registerSignal.isMatch).toBe(true);
      expect(who(registerSignal.signals)).toEqual([EVA, MARIEKE_SIGNAL]);
      expect(who(registerSignal.siblingSignals)).toEqual([EVA, TOM]);
      expect(who(byName(await mySignals('eva.smit@ggz.example'), 'Lisanne')?.signals ?? [])).toEqual([EVA, MARIEKE_SIGNAL]);

      // The rule ranks school, GGZ and police alike (none is listed), so the earliest signal proposes GGZ.
      const { regisseurProposal } = await marieke.data<{ regisseurProposal: { signal: { professionalName: string } } }>(
        `query ($ids: [ID!]!) { regisseurProposal(subjectIds: $ids) { signal { professionalName } } }`,
        { ids: (await ctx.dataSource.query<Row<'signal_subject', 'id'>[]>(`SELECT id FROM signal_subject ORDER BY bsn`)).map((r) => r.id) },
      );
      expect(regisseurProposal.signal.professionalName).toBe('Eva Smit');

      // The school's signal was this test's own: withdrawn, the demo is as the other tests expect it, in any order.
      await ctx.dataSource.query(
        `UPDATE signal SET ended_at = now(), ended_reason = 'WITHDRAWN'
          WHERE ended_at IS NULL AND account_id = (SELECT id FROM account WHERE email = $1)`,
        [MARIEKE],
      );
    });
  });

  describe('scenario 4: sixteen', () => {
    it('hides everything about Thijs from his mother, while she sees that youth mental health is involved', async () => {
      const marleen = await signIn(MARLEEN.email);
      const id = await familyId(marleen, 'Gezin Hoekstra');
      const seen = await plan(marleen, id);
      expect(seen.size).toBeGreaterThan(0);
      const thijs = await memberId('Gezin Hoekstra', 'Thijs');
      for (const hidden of await itemIds('Gezin Hoekstra', about, [thijs])) expect(seen.has(hidden)).toBe(false);
      const { family } = await marleen.data<{ family: { involvements: Array<{ organisationName: string }> } }>(
        `query ($id: ID!) { family(id: $id) { involvements { organisationName } } }`,
        { id },
      );
      expect(family.involvements.map((i) => i.organisationName)).toContain('Jeugd-GGZ De Brug');
    });

    it('lets Thijs read his own treatment’s logbook', async () => {
      const thijs = await signIn(THIJS.email);
      const seen = await plan(thijs, await familyId(thijs, 'Gezin Hoekstra'));
      for (const id of await itemIds('Gezin Hoekstra', authoredBy, ['joost.mulder@jeugdggz.example'])) {
        expect(seen.get(id)?.access).toBe('FULL');
      }
    });
  });

  it('scenario 3: shows the grandmother the safety plan and her own Thursday, nothing else', async () => {
    const gerda = await signIn(GERDA.email);
    const seen = [...(await plan(gerda, await familyId(gerda, 'Gezin Koster'))).values()];
    expect(new Set(seen.map((i) => i.kind))).toEqual(
      new Set(['SAFETY_PLAN', 'SAFETY_CONDITION', 'SAFETY_AGREEMENT', 'ROSTER_ENTRY', 'LOG_ENTRY']),
    );
    expect(seen.filter((i) => i.kind === 'ROSTER_ENTRY').map((i) => i.text)).toEqual([expect.stringContaining('boodschappen')]);
    expect(seen.every((i) => i.category === 'SAFETY' && i.access === 'FULL')).toBe(true);
  });

  it('scenario 3: gives the grandmother numbers to call, the contact person’s and the regisseur’s work phone', async () => {
    const gerda = await signIn(GERDA.email);
    const { family } = await gerda.data<{
      family: { plan: Array<{ kind: string; contactName: string | null; contactPhone: string | null }>; involvements: Array<{ professionalName: string; phone: string | null }> };
    }>(`query ($id: ID!) { family(id: $id) { plan { kind contactName contactPhone } involvements { professionalName phone } } }`, {
      id: await familyId(gerda, 'Gezin Koster'),
    });
    const safetyPlan = family.plan.find((item) => item.kind === 'SAFETY_PLAN');
    expect(safetyPlan).toMatchObject({ contactName: expect.stringContaining('Kees Dekker'), contactPhone: '030 751 2200' });
    expect(family.involvements.find((i) => i.professionalName === 'Kees Dekker')?.phone).toBe('030 751 2200');
  });

  it('scenario 5: gives the family guardian the children’s missed appointments, not what concerns the mother', async () => {
    const kees = await signIn('kees.dekker@jeugdbescherming.example');
    const seen = await plan(kees, await familyId(kees, 'Gezin van den Berg'));
    const byOthers = `p.kind = 'LOG_ENTRY' AND NOT ${authoredBy}`;
    for (const id of await itemIds('Gezin van den Berg', `${byOthers} AND p.about_member_ids <@ ARRAY(
        SELECT m.id FROM family_member m WHERE m.family_id = f.id AND m.role = 'CHILD')`, ['kees.dekker@jeugdbescherming.example'])) {
      expect(seen.get(id)?.access).toBe('FULL');
    }
    const melissa = await memberId('Gezin van den Berg', 'Melissa');
    for (const id of await itemIds('Gezin van den Berg', about, [melissa])) expect(seen.get(id)?.access).toBe('REDACTED');
  });

  it('scenario 6: keeps the handover, version 1 as adopted and the changes since, and shows Kim her new contact', async () => {
    const ahmed = await signIn('ahmed.elamrani@wijkteam.example');
    const id = await familyId(ahmed, 'Gezin de Haan');
    const { family } = await ahmed.data<{
      family: {
        regisseurHistory: Array<{ professionalName: string; endedAt: string | null; handoverNote: string | null }>;
        adoptedVersion: { items: Array<{ kind: string; status: string | null }> };
        plan: Array<{ kind: string; status: string | null }>;
      };
    }>(
      `query ($id: ID!) { family(id: $id) {
        regisseurHistory { professionalName endedAt handoverNote }
        adoptedVersion(number: 1) { items { kind status } }
        plan { kind status } } }`,
      { id },
    );
    expect(family.regisseurHistory).toEqual([
      expect.objectContaining({ professionalName: 'Femke de Wit', endedAt: expect.any(String), handoverNote: null }),
      expect.objectContaining({ professionalName: 'Ahmed El Amrani', endedAt: null, handoverNote: expect.stringContaining('Kim') }),
    ]);
    const goalStatuses = (items: Array<{ kind: string; status: string | null }>) =>
      items.filter((i) => i.kind === 'GOAL').map((i) => i.status).sort();
    expect(goalStatuses(family.adoptedVersion.items)).toEqual(['OPEN', 'OPEN', 'OPEN']);
    expect(goalStatuses(family.plan)).toEqual(['ACHIEVED', 'ACHIEVED', 'OPEN']);
    const kim = await signIn(KIM.email);
    const { family: kims } = await kim.data<{ family: { involvements: Array<{ professionalName: string; isRegisseur: boolean }> } }>(
      `query ($id: ID!) { family(id: $id) { involvements { professionalName isRegisseur } } }`,
      { id },
    );
    expect(kims.involvements.filter((i) => i.isRegisseur).map((i) => i.professionalName)).toEqual(['Ahmed El Amrani']);
  });

  it('lets every family and network login in, each to their own family', async () => {
    for (const login of DEMO_PORTAL_ACCOUNTS) {
      const { myFamilies } = await (await signIn(login.email)).data<{ myFamilies: unknown[] }>(MY_FAMILIES);
      expect({ login: login.email, families: myFamilies.length }).toEqual({ login: login.email, families: 1 });
    }
  });

  it('keeps to the rules a user of the API would have met', async () => {
    const query = (sql: string, params: unknown[] = []) => ctx.dataSource.query<Array<Record<string, unknown>>>(sql, params);
    // Every member an involvement or item names belongs to its family.
    expect(await query(`
      SELECT p.id FROM plan_item p, unnest(p.about_member_ids) AS about(id)
       WHERE NOT EXISTS (SELECT 1 FROM family_member m WHERE m.id = about.id AND m.family_id = p.family_id)
      UNION ALL
      SELECT i.id FROM involvement i, unnest(i.member_ids) AS concerns(id)
       WHERE NOT EXISTS (SELECT 1 FROM family_member m WHERE m.id = concerns.id AND m.family_id = i.family_id)`)).toEqual([]);
    // A partner who never held the regisseur role writes only within their task, and only while involved.
    expect(await query(`
      SELECT p.content->>'text' AS text FROM plan_item p JOIN involvement i ON i.id = p.author_involvement_id
       WHERE (NOT EXISTS (SELECT 1 FROM regisseur_assignment r WHERE r.involvement_id = i.id)
              AND (NOT p.category = ANY(i.categories) OR NOT p.about_member_ids <@ i.member_ids
                   OR p.kind NOT IN ('AGREEMENT', 'LOG_ENTRY', 'SITUATION', 'SAFETY_CONDITION', 'SAFETY_AGREEMENT')))
          OR p.created_at::date < i.starts_on OR p.created_at > coalesce(i.ended_at, 'infinity')`)).toEqual([]);
    // Only Veilig Thuis, youth protection and the Child Protection Board set safety conditions.
    expect(await query(`
      SELECT p.content->>'text' AS text FROM plan_item p
        LEFT JOIN involvement i ON i.id = p.author_involvement_id LEFT JOIN organisation o ON o.id = i.organisation_id
       WHERE p.kind = 'SAFETY_CONDITION' AND NOT coalesce(o.type = ANY($1), false)`, [SAFETY_CONDITION_SETTERS])).toEqual([]);
    // Scenario 1 shows what the regisseur must act on: an overdue agreement and an evaluation within two weeks.
    const [due] = await query(`
      SELECT count(*) FILTER (WHERE kind = 'AGREEMENT' AND status = 'OPEN' AND due_on < $1::date) AS overdue,
             count(*) FILTER (WHERE kind = 'EVALUATION' AND status = 'PLANNED' AND due_on BETWEEN $1::date AND $1::date + 14) AS evaluations
        FROM plan_item WHERE family_id = (SELECT id FROM family WHERE name = 'Gezin Meijer')`, [dutchToday()]);
    expect(due).toEqual({ overdue: '1', evaluations: '1' });
  });
});
