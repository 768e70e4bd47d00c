import { ErrorCode } from '@gezinsplan/domain';
import { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

interface ReceivedMail {
  to: string[];
  raw: string;
}

/** A real SMTP server process on loopback that keeps what it receives. */
async function startMailbox(): Promise<{ server: SMTPServer; url: string; received: ReceivedMail[] }> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, url: `smtp://127.0.0.1:${port}`, received };
}

/** A valid BSN from eight digits: the ninth makes the eleven-test pass (skipping prefixes that cannot). */
function bsn(prefix: number): string {
  for (let p = prefix; ; p++) {
    const digits = String(p).padStart(8, '0').split('').map(Number);
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

const REGISTER = `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) {
  isMatch subject { id givenName } signals { id professionalName organisationName domain mine contactPhone }
  siblings { id givenName } siblingSignals { professionalName }
} }`;
const MY_SIGNALS = `{ mySignals { isMatch subject { id givenName } signals { id professionalName mine } siblings { givenName } } }`;
const LOOK_UP = `query ($bsn: String!) { signalLookUp(bsn: $bsn) { subject { givenName } signals { professionalName } } }`;
const WITHDRAW = `mutation ($id: ID!) { withdrawSignal(input: { signalId: $id }) }`;
const PROPOSAL = `query ($ids: [ID!]!) { regisseurProposal(subjectIds: $ids) { signal { id professionalName organisationName } reason } }`;
const START = `mutation ($input: StartPlanFromMatchInput!) { startPlanFromMatch(input: $input) { id name } }`;
const FAMILY = `query ($id: ID!) { family(id: $id) { members { givenName role } involvements { professionalName isRegisseur task categories } } }`;

interface Match {
  isMatch: boolean;
  subject: { id: string; givenName: string };
  signals: Array<{ id: string; professionalName: string; organisationName: string; domain: string; mine: boolean }>;
  siblings: Array<{ id?: string; givenName: string }>;
  siblingSignals: Array<{ professionalName: string }>;
}

describe('signals and matching', () => {
  let ctx: TestContext;
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let next = 10_000_000;

  beforeAll(async () => {
    mailbox = await startMailbox();
    ctx = await TestContext.create({ mail: { smtpUrl: mailbox.url, from: 'Gezinsplan <noreply@gezinsplan.example>' } });
  });
  afterAll(async () => {
    await ctx.close();
    await new Promise<void>((resolve) => mailbox.server.close(() => resolve()));
  });
  // Each test reads only the mail it caused, whichever ran before it.
  beforeEach(() => {
    mailbox.received.length = 0;
  });

  async function professional(type: string, name: string): Promise<{ session: GraphQLSession; email: string; name: string }> {
    const organisation = await ctx.newOrganisation({ name, type: type as never });
    const account = await ctx.newAccount({ organisation, displayName: `${name} medewerker` });
    return { session: await ctx.signIn(account), email: account.email, name: account.account.displayName };
  }

  const person = (overrides: Record<string, unknown> = {}) => ({
    bsn: bsn((next += 7)),
    givenName: 'Lisanne',
    familyName: 'Meijer',
    dateOfBirth: '2017-04-02',
    street: 'Lindenlaan',
    houseNumber: '12',
    postcode: '3511 ab',
    city: 'Utrecht',
    parentBsns: [],
    domain: 'EDUCATION',
    contactPhone: '030-1234567',
    informedAt: new Date(Date.now() - 86_400_000).toISOString(),
    ...overrides,
  });

  const register = async (session: GraphQLSession, input: Record<string, unknown>) =>
    (await session.data<{ registerSignal: Match }>(REGISTER, { input })).registerSignal;

  it('refuses a BSN that fails the eleven-test, an adult, and a signal without telling the family or why not', async () => {
    const school = await professional('SCHOOL', 'Basisschool');
    const result = await school.session.request(REGISTER, {
      input: person({ bsn: '123456789', dateOfBirth: '1990-01-01', informedAt: null }),
    });
    expect(result.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
    expect(result.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'bsn', message: 'is not a valid BSN (it fails the eleven-test)' },
      { field: 'dateOfBirth', message: 'signals are for young people under 23' },
      { field: 'notInformedReason', message: 'say when the young person or parents were told, or why not yet' },
    ]);
  });

  it('refuses a BSN that fails the eleven-test in a look-up, an existing-plan check and the other members of a plan from a match, naming it', async () => {
    const school = await professional('SCHOOL', 'Basisschool Elf');
    const elevenTest = 'is not a valid BSN (it fails the eleven-test)';
    for (const wrong of ['abc', '123456789']) {
      const lookUp = await school.session.request(LOOK_UP, { bsn: wrong });
      expect(lookUp.errors?.[0].extensions?.['code']).toBe(ErrorCode.BadUserInput);
      expect(lookUp.errors?.[0].extensions?.['fields']).toEqual([{ field: 'bsn', message: elevenTest }]);
    }
    const check = await school.session.request(`query ($people: [PersonToPlaceInput!]!) { peopleInActivePlans(people: $people) { regisseurName } }`, {
      people: [
        { givenName: 'Een', familyName: 'Elf', dateOfBirth: '2015-01-01', bsn: bsn(12_121_212) },
        { givenName: 'Twee', familyName: 'Elf', dateOfBirth: '2015-01-01', bsn: '123456789' },
      ],
    });
    expect(check.errors?.[0].extensions?.['fields']).toEqual([{ field: 'people.1.bsn', message: elevenTest }]);

    const wijkteam = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Elf');
    const youngInput = person({ givenName: 'Elf' });
    const young = await register(school.session, youngInput);
    const own = await register(wijkteam.session, { ...youngInput, domain: 'YOUTH_CARE' });
    const start = await wijkteam.session.request(START, {
      input: {
        subjectIds: [young.subject.id],
        familyName: 'Gezin Elf',
        otherMembers: [{ givenName: 'Moeder', familyName: 'Elf', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true, bsn: '123456789' }],
        regisseurSignalId: own.signals.find((s) => s.mine)!.id,
        regisseurConfirmed: true,
      },
    });
    expect(start.errors?.[0].extensions?.['fields']).toEqual([{ field: 'otherMembers.0.bsn', message: elevenTest }]);
  });

  it('matches two organisations on the same young person, tells both in the platform and by e-mail, and lets a third join', async () => {
    const school = await professional('SCHOOL', 'De Regenboog');
    const ggz = await professional('ADULT_MENTAL_HEALTH', 'GGZ Midden');
    const police = await professional('POLICE', 'Politie Midden');
    const lisanne = person();
    const first = await register(school.session, lisanne);
    expect(first.isMatch).toBe(false);
    expect(mailbox.received).toHaveLength(0);

    const second = await register(ggz.session, { ...lisanne, domain: 'MENTAL_HEALTH', contactPhone: '030-7654321' });
    expect(second.isMatch).toBe(true);
    expect(second.signals.map((s) => [s.organisationName, s.domain, s.mine])).toEqual([
      ['De Regenboog', 'EDUCATION', false],
      ['GGZ Midden', 'MENTAL_HEALTH', true],
    ]);
    const schoolView = (await school.session.data<{ mySignals: Match[] }>(MY_SIGNALS)).mySignals;
    expect(schoolView[0].isMatch).toBe(true);
    expect(schoolView[0].signals.map((s) => s.professionalName)).toEqual([school.name, ggz.name]);
    expect(mailbox.received.map((m) => m.to).sort()).toEqual([[ggz.email], [school.email]].sort());
    const toSchool = mailbox.received.find((m) => m.to.includes(school.email))!.raw;
    expect(toSchool).toContain('GGZ Midden');
    expect(toSchool).toContain('030-7654321');
    expect(toSchool).not.toContain(lisanne.bsn);

    mailbox.received.length = 0;
    const third = await register(police.session, { ...lisanne, domain: 'POLICE_JUSTICE' });
    expect(third.signals).toHaveLength(3);
    expect(mailbox.received.map((m) => m.to[0]).sort()).toEqual([ggz.email, police.email, school.email].sort());
  });

  it('leads a match on a young person with an active plan to its regisseur, and never to a second plan (issue 12 item 5, issue 15 item 4)', async () => {
    const school = await professional('SCHOOL', 'Basisschool West');
    const veiligThuis = await professional('VEILIG_THUIS', 'Veilig Thuis West');
    const police = await professional('POLICE', 'Politie West');
    const mila = person({ givenName: 'Mila', familyName: 'Vos', dateOfBirth: '2014-08-09' });
    const first = await register(school.session, mila);
    const second = await register(veiligThuis.session, { ...mila, domain: 'SAFETY' });
    const regisseurSignal = second.signals.find((s) => s.mine)!;
    const MATCH_PLAN = `{ subject { id } existingPlan { matchedBy regisseurName organisationName email } }`;
    const before = (await school.session.data<{ mySignals: Array<{ subject: { id: string }; existingPlan: unknown }> }>(`{ mySignals ${MATCH_PLAN} }`)).mySignals;
    expect(before.find((m) => m.subject.id === first.subject.id)?.existingPlan).toBeNull();
    const input = { subjectIds: [first.subject.id], familyName: 'Gezin Vos', otherMembers: [], regisseurSignalId: regisseurSignal.id, regisseurConfirmed: true };
    await school.session.data(START, { input });
    // Veilig Thuis was proposed as regisseur, and accepts (until then the school is responsible).
    const { myRegisseurHandoverProposals: [proposal] } = await veiligThuis.session.data<{ myRegisseurHandoverProposals: Array<{ id: string }> }>(
      `{ myRegisseurHandoverProposals { id } }`,
    );
    await veiligThuis.session.data(`mutation ($id: ID!) { acceptRegisseurHandover(proposalId: $id) }`, { id: proposal.id });

    // A third professional signals Mila: the match shows the plan's regisseur, nothing of the family.
    const thirdMatch = (await police.session.data<{ registerSignal: { existingPlan: Record<string, string> } }>(
      `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) ${MATCH_PLAN} }`,
      { input: { ...mila, domain: 'POLICE_JUSTICE' } },
    )).registerSignal;
    expect(thirdMatch.existingPlan).toEqual({ matchedBy: 'BSN', regisseurName: veiligThuis.name, organisationName: 'Veilig Thuis West', email: veiligThuis.email });

    // Starting another plan for Mila is refused before anything is created, naming whom to ask.
    const families = async () => (await ctx.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM family`))[0].n;
    const familiesBefore = await families();
    const own = (await police.session.data<{ signalLookUp: Match }>(LOOK_UP.replace('signals { professionalName }', 'signals { id mine }'), { bsn: mila.bsn })).signalLookUp;
    const refused = await police.session.request(START, {
      input: { ...input, familyName: 'Gezin Vos 2', regisseurSignalId: own.signals.find((s) => s.mine)!.id },
    });
    expect(refused.errors?.[0].extensions?.['code']).toBe(ErrorCode.PersonHasPlan);
    expect(refused.errors?.[0].extensions?.['people']).toEqual([
      expect.objectContaining({ field: 'subjectIds.0', givenName: 'Mila', matchedBy: 'BSN', regisseurName: veiligThuis.name, email: veiligThuis.email }),
    ]);
    expect(await families()).toBe(familiesBefore);

    // The database refuses a second active plan for the same BSN, whatever path a row comes by.
    await expect(
      ctx.dataSource.transaction(async (manager) => {
        const [other] = await manager.query<Array<{ id: string }>>(
          `INSERT INTO family (name, created_by_account_id) SELECT 'Elders', created_by_account_id FROM family LIMIT 1 RETURNING id`,
        );
        await manager.query(
          `INSERT INTO family_member (family_id, given_name, family_name, role, date_of_birth, bsn) VALUES ($1, 'Mila', 'Vos', 'CHILD', '2014-08-09', $2)`,
          [other.id, mila.bsn],
        );
      }),
    ).rejects.toMatchObject({ driverError: { constraint: 'family_member_one_active_plan' } });

    // Without a BSN, a person with the same name and date of birth is flagged (the starter may know it is someone else).
    const CHECK = `query ($people: [PersonToPlaceInput!]!) { peopleInActivePlans(people: $people) { matchedBy regisseurName } }`;
    const { peopleInActivePlans } = await police.session.data<{ peopleInActivePlans: unknown[] }>(CHECK, {
      people: [{ givenName: 'mila', familyName: 'Vos', dateOfBirth: '2014-08-09' }, { givenName: 'Mila', familyName: 'Vos', dateOfBirth: '2014-08-10' }],
    });
    expect(peopleInActivePlans).toEqual([{ matchedBy: 'NAME_AND_DATE_OF_BIRTH', regisseurName: veiligThuis.name }, null]);
    const [logged] = await ctx.dataSource.query<Row<'access_log', 'list'>[]>(`SELECT list FROM access_log WHERE action = 'LOOKUP' ORDER BY id DESC LIMIT 1`);
    expect(logged.list).toBe('existing-plan-check-found');
  });

  it('never discloses another registration: each professional sees the young person as they registered them (issue 12 item 4)', async () => {
    const school = await professional('SCHOOL', 'De Vlinder');
    const ggz = await professional('ADULT_MENTAL_HEALTH', 'GGZ Noord');
    const WHOLE = `{ isMatch subject { id givenName familyName dateOfBirth address } signals { professionalName organisationName contactPhone contactEmail mine } siblings { givenName } }`;
    const registerWhole = `mutation ($input: RegisterSignalInput!) { registerSignal(input: $input) ${WHOLE} }`;
    const lookUpWhole = `query ($bsn: String!) { signalLookUp(bsn: $bsn) ${WHOLE} }`;
    const mine = person({ givenName: 'Fleur', familyName: 'Bakker', dateOfBirth: '2012-03-04', street: 'Lindenlaan', houseNumber: '12', postcode: '3511AB' });
    const theirs = {
      ...mine, givenName: 'Floor', familyName: 'Visser', dateOfBirth: '2011-05-06', street: 'Havenweg', houseNumber: '88', postcode: '1011XY',
      city: 'Amsterdam', domain: 'MENTAL_HEALTH', contactPhone: '020-5550000',
    };
    const schoolsDetails = ['Fleur', 'Bakker', '2012-03-04', 'Lindenlaan', '3511', '04-03-2012', 'F. B.'];
    const ggzDetails = ['Floor', 'Visser', '2011-05-06', 'Havenweg', '1011', 'Amsterdam', '06-05-2011', 'F. V.'];
    const expectNone = (value: unknown, details: string[]) => {
      const text = JSON.stringify(value);
      for (const detail of details) expect(text).not.toContain(detail);
    };

    await school.session.data(registerWhole, { input: mine });
    const second = (await ggz.session.data<{ registerSignal: Match & { subject: Record<string, string> } }>(registerWhole, { input: theirs })).registerSignal;
    // The second professional learns who else signalled and how to reach them, nothing of what they registered.
    expect(second.isMatch).toBe(true);
    expect(second.subject).toMatchObject({ givenName: 'Floor', familyName: 'Visser', dateOfBirth: '2011-05-06', address: 'Havenweg 88, 1011 XY Amsterdam' });
    expect(second.signals.map((s) => [s.organisationName, s.mine])).toEqual([['De Vlinder', false], ['GGZ Noord', true]]);
    expect(second.signals[0]).toMatchObject({ contactPhone: '030-1234567', contactEmail: school.email });
    expectNone(second, schoolsDetails);

    // The first professional's young person is unchanged by the second registration.
    for (const [session, own, other] of [[school.session, 'Fleur', ggzDetails], [ggz.session, 'Floor', schoolsDetails]] as const) {
      const { mySignals } = await session.data<{ mySignals: Array<{ subject: { givenName: string } }> }>(`{ mySignals ${WHOLE} }`);
      const match = mySignals.find((m) => ['Fleur', 'Floor'].includes(m.subject.givenName));
      expect(match?.subject.givenName).toBe(own);
      expectNone(mySignals, [...other]);
      const { signalLookUp } = await session.data<{ signalLookUp: { subject: { givenName: string } } }>(lookUpWhole, { bsn: mine.bsn });
      expect(signalLookUp.subject.givenName).toBe(own);
      expectNone(signalLookUp, [...other]);
    }
    const { mySignals: schoolSees } = await school.session.data<{ mySignals: Array<{ subject: { givenName: string; address: string } }> }>(`{ mySignals ${WHOLE} }`);
    expect(schoolSees.find((m) => m.subject.givenName === 'Fleur')?.subject.address).toBe('Lindenlaan 12, 3511 AB Utrecht');

    // Each is told of the match about the young person as they registered them, in the mail and in the platform.
    const toSchool = mailbox.received.find((m) => m.to.includes(school.email))!.raw;
    const toGgz = mailbox.received.find((m) => m.to.includes(ggz.email))!.raw;
    expect(toSchool).toContain('04-03-2012');
    expectNone(toSchool, ['06-05-2011', 'F. V.']);
    expect(toGgz).toContain('06-05-2011');
    expectNone(toGgz, ['04-03-2012', 'F. B.']);
    const notes = await ctx.dataSource.query<Row<'notification', 'message'>[]>(
      `SELECT n.message FROM notification n JOIN account a ON a.id = n.account_id WHERE a.email = $1`,
      [school.email],
    );
    expect(notes.map((n) => n.message)).toEqual([expect.stringContaining('F. B., geboren 04-03-2012')]);
  });

  it('answers a look-up only through one’s own signal, says nothing about existence otherwise, and logs both', async () => {
    const school = await professional('SCHOOL', 'Het Kompas');
    const gp = await professional('GENERAL_PRACTITIONER', 'Huisarts');
    const daan = person({ givenName: 'Daan' });
    await register(school.session, daan);
    expect((await gp.session.data<{ signalLookUp: unknown }>(LOOK_UP, { bsn: daan.bsn })).signalLookUp).toBeNull();
    expect((await gp.session.data<{ signalLookUp: unknown }>(LOOK_UP, { bsn: bsn(99_999_990) })).signalLookUp).toBeNull();
    const found = await school.session.data<{ signalLookUp: Match }>(LOOK_UP, { bsn: daan.bsn });
    expect(found.signalLookUp.subject.givenName).toBe('Daan');
    const log = await ctx.dataSource.query<Row<'access_log', 'list' | 'basis'>[]>(`SELECT list, basis FROM access_log WHERE action = 'LOOKUP' ORDER BY id`);
    expect(log.slice(-3)).toEqual([
      { list: 'signal-lookup-refused', basis: 'NONE' },
      { list: 'signal-lookup-refused', basis: 'NONE' },
      { list: 'signal-lookup', basis: 'SIGNAL_OWN' },
    ]);
  });

  it('groups siblings at one address with a shared parent, so a match on one shows the family', async () => {
    const schoolA = await professional('SCHOOL', 'School Utrecht');
    const schoolB = await professional('SCHOOL', 'College Amersfoort');
    const mother = bsn(55_500_000);
    const address = { street: 'Kerkstraat', houseNumber: '4', postcode: '3811AA', city: 'Amersfoort', parentBsns: [mother] };
    await register(schoolA.session, person({ ...address, givenName: 'Lisanne' }));
    const lars = await register(schoolB.session, person({ ...address, givenName: 'Lars', dateOfBirth: '2011-09-10' }));
    expect(lars.isMatch).toBe(true);
    expect(lars.siblings.map((s) => s.givenName)).toEqual(['Lisanne']);
    expect(lars.siblingSignals.map((s) => s.professionalName)).toEqual([schoolA.name]);
    // Same address without a shared parent is a neighbour's child, not a sibling.
    const other = await register(schoolB.session, person({ ...address, parentBsns: [bsn(66_600_000)], givenName: 'Buurkind' }));
    expect(other.siblings).toEqual([]);
  });

  it('ends matches when a signal is withdrawn or expires; the log keeps the facts', async () => {
    const school = await professional('SCHOOL', 'De Brug');
    const wijkteam = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Oost');
    const sem = person({ givenName: 'Sem' });
    await register(school.session, sem);
    const match = await register(wijkteam.session, { ...sem, domain: 'YOUTH_CARE' });
    const own = match.signals.find((s) => s.mine)!;
    await wijkteam.session.data(WITHDRAW, { id: own.id });
    expect((await school.session.data<{ mySignals: Match[] }>(MY_SIGNALS)).mySignals.find((m) => m.subject.givenName === 'Sem')?.isMatch).toBe(false);
    expect(await wijkteam.session.errorCode(WITHDRAW, { id: own.id })).toBe(ErrorCode.NotFound);

    const again = await register(wijkteam.session, { ...sem, domain: 'YOUTH_CARE' });
    expect(again.isMatch).toBe(true);
    await ctx.dataSource.query(`UPDATE signal SET registered_at = now() - interval '25 months', expires_at = now() - interval '1 month' WHERE id = $1`, [
      again.signals.find((s) => s.mine)!.id,
    ]);
    expect((await school.session.data<{ mySignals: Match[] }>(MY_SIGNALS)).mySignals.find((m) => m.subject.givenName === 'Sem')?.isMatch).toBe(false);
    expect((await wijkteam.session.data<{ mySignals: Match[] }>(MY_SIGNALS)).mySignals.map((m) => m.subject.givenName)).not.toContain('Sem');
    const [{ count }] = await ctx.dataSource.query<Array<{ count: number }>>(`SELECT count(*)::int FROM access_log WHERE list = 'signal' AND item_id = $1`, [match.subject.id]);
    expect(count).toBe(4);
  });

  it('starts a family plan from a match with the proposed regisseur, and ends the signal with its involvement', async () => {
    const school = await professional('SCHOOL', 'Basisschool Zuid');
    const veiligThuis = await professional('VEILIG_THUIS', 'Veilig Thuis');
    const wijkteam = await professional('NEIGHBOURHOOD_TEAM', 'Wijkteam Zuid');
    const mother = bsn(77_700_000);
    const address = { street: 'Dorpsstraat', houseNumber: '1', postcode: '3500AB', city: 'Utrecht', parentBsns: [mother] };
    const noorInput = person({ ...address, givenName: 'Noor' });
    const noor = await register(school.session, noorInput);
    await register(wijkteam.session, { ...noorInput, domain: 'YOUTH_CARE' });
    const bram = await register(veiligThuis.session, person({ ...address, givenName: 'Bram', dateOfBirth: '2019-06-06', domain: 'SAFETY' }));

    const { regisseurProposal } = await school.session.data<{ regisseurProposal: { signal: { id: string; organisationName: string }; reason: string } }>(PROPOSAL, {
      ids: [noor.subject.id, bram.subject.id],
    });
    expect(regisseurProposal.signal.organisationName).toBe('Veilig Thuis');
    expect(regisseurProposal.reason).toMatch(/YOUTH_PROTECTION, VEILIG_THUIS, NEIGHBOURHOOD_TEAM/);

    const input = {
      subjectIds: [noor.subject.id, bram.subject.id],
      familyName: 'Gezin Dorpsstraat',
      otherMembers: [{ givenName: 'Moeder', familyName: 'Dorp', role: 'PARENT', dateOfBirth: '1990-01-01', hasParentalAuthority: true }],
      regisseurSignalId: regisseurProposal.signal.id,
      regisseurConfirmed: false,
    };
    expect(await school.session.errorCode(START, { input })).toBe(ErrorCode.BadUserInput);
    const outsider = await professional('GENERAL_PRACTITIONER', 'Huisarts Zuid');
    expect(await outsider.session.errorCode(START, { input: { ...input, regisseurConfirmed: true } })).toBe(ErrorCode.Forbidden);

    const { startPlanFromMatch: family } = await school.session.data<{ startPlanFromMatch: { id: string; name: string } }>(START, {
      input: { ...input, regisseurConfirmed: true },
    });
    type Plan = {
      family: { members: Array<{ givenName: string; role: string }>; involvements: Array<{ professionalName: string; isRegisseur: boolean; categories: string[] }> };
    };
    const { family: plan } = await veiligThuis.session.data<Plan>(FAMILY, { id: family.id });
    expect(plan.members.map((m) => [m.givenName, m.role]).sort()).toEqual([['Bram', 'CHILD'], ['Moeder', 'PARENT'], ['Noor', 'CHILD']]);
    // The starter stays responsible until the proposed regisseur accepts (issue 12, item 5).
    expect(plan.involvements.map((i) => [i.professionalName, i.isRegisseur]).sort()).toEqual(
      [[school.name, true], [veiligThuis.name, false], [wijkteam.name, false]].sort(),
    );
    expect(plan.involvements.find((i) => i.isRegisseur)?.categories).toEqual(expect.arrayContaining(['GENERAL', 'SAFETY']));
    const { myRegisseurHandoverProposals: waiting } = await veiligThuis.session.data<{
      myRegisseurHandoverProposals: Array<{ id: string; familyName: string; proposedByName: string; note: string | null }>;
    }>(`{ myRegisseurHandoverProposals { id familyName proposedByName note } }`);
    expect(waiting).toEqual([expect.objectContaining({ familyName: 'Gezin Dorpsstraat', proposedByName: school.name, note: null })]);
    expect(
      (await wijkteam.session.data<{ myRegisseurHandoverProposals: unknown[] }>(`{ myRegisseurHandoverProposals { id } }`)).myRegisseurHandoverProposals,
    ).toEqual([]);
    await veiligThuis.session.data(`mutation ($id: ID!) { acceptRegisseurHandover(proposalId: $id) }`, { id: waiting[0].id });
    const { family: accepted } = await veiligThuis.session.data<Plan>(FAMILY, { id: family.id });
    expect(accepted.involvements.map((i) => [i.professionalName, i.isRegisseur]).sort()).toEqual(
      [[school.name, false], [veiligThuis.name, true], [wijkteam.name, false]].sort(),
    );

    const involvements = await ctx.dataSource.query<Row<'involvement', 'id' | 'version'>[]>(
      `SELECT i.id, i.version FROM involvement i JOIN account a ON a.id = i.account_id WHERE i.family_id = $1 AND a.display_name = $2`,
      [family.id, wijkteam.name],
    );
    await veiligThuis.session.data(`mutation ($input: EndInvolvementInput!) { endInvolvement(input: $input) }`, {
      input: { involvementId: involvements[0].id, expectedVersion: involvements[0].version, reason: 'Taak overgedragen' },
    });
    const left = (await wijkteam.session.data<{ mySignals: Match[] }>(MY_SIGNALS)).mySignals;
    expect(left.map((m) => m.subject.givenName)).not.toContain('Noor');
  });
});
