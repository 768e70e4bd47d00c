import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { TestContext } from '../testing/test-context';
import { Row } from '../database/typed-sql';

/** A valid BSN from eight digits: the ninth makes the eleven-test pass (skipping prefixes that cannot). */
function bsn(prefix: number): string {
  for (let p = prefix; ; p++) {
    const digits = String(p).padStart(8, '0').split('').map(Number);
    const check = digits.reduce((sum, d, i) => sum + d * (9 - i), 0) % 11;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

const LOOK_UP = `query ($bsn: String!) { signalLookUp(bsn: $bsn) { subject { givenName } } }`;

/** Issue 12 item 4: a BSN never travels in an address, and no request log keeps one. */
describe('a BSN never travels in a URL', () => {
  let ctx: TestContext;
  const written: string[] = [];
  let spy: jest.SpyInstance;

  beforeAll(async () => {
    // Under Jest, pino writes its lines to process.stdout: keep them, and keep the test output quiet.
    spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    // The request log at "info", as in production, so the request lines are really written.
    ctx = await TestContext.create({ logLevel: 'info' });
  });
  afterAll(async () => {
    await ctx.close();
    spy.mockRestore();
  });
  beforeEach(() => {
    written.length = 0;
  });

  async function signedInProfessional(): Promise<GraphQLSession> {
    return ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ name: 'School', type: 'SCHOOL' as never }) }));
  }

  it('refuses a look-up over GET, and neither the request log nor the access log holds the BSN', async () => {
    const session = await signedInProfessional();
    const secret = bsn(31_415_926);
    const accessLogBefore = await ctx.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM access_log`);

    const address = new URL(`${ctx.baseUrl}/graphql`);
    address.searchParams.set('query', LOOK_UP);
    address.searchParams.set('variables', JSON.stringify({ bsn: secret }));
    // The header Apollo's CSRF prevention asks of a GET: without our refusal, this request would be answered.
    const response = await fetch(address, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0].extensions.code).toBe(ErrorCode.MethodNotAllowed);
    expect(body.errors[0].message).toMatch(/POST/);

    // The same look-up over POST is answered (null: nobody signalled this young person through this account).
    const posted = await session.request<{ signalLookUp: unknown }>(LOOK_UP, { bsn: secret });
    expect(posted.errors).toBeUndefined();
    expect(posted.data?.signalLookUp).toBeNull();

    const requestLines = written.join('').split('\n').filter((line) => line.includes('"req"'));
    expect(requestLines.some((line) => line.includes('"method":"GET"') && line.includes('"url":"/graphql"'))).toBe(true);
    expect(written.join('')).not.toContain(secret);
    expect(written.join('')).not.toContain('variables');

    // Only the POST look-up reached the access log, as a refused look-up without the number.
    const lines = await ctx.dataSource.query<Row<'access_log'>[]>(`SELECT * FROM access_log ORDER BY id OFFSET $1`, [accessLogBefore[0].n]);
    expect(lines.map((l) => l.list)).toEqual(['signal-lookup-refused']);
    expect(JSON.stringify(lines)).not.toContain(secret);
  });

  it('refuses a mutation over GET as well', async () => {
    const address = new URL(`${ctx.baseUrl}/graphql`);
    address.searchParams.set('query', `mutation { signOut }`);
    const response = await fetch(address, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(405);
  });
});
