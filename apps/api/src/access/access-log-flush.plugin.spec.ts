import { ErrorCode } from '@gezinsplan/domain';
import { GraphQLSession } from '../testing/graphql-session';
import { CREATE_FAMILY } from '../testing/plan-operations';
import { TestContext } from '../testing/test-context';

const PAGE = `query ($id: ID!) { family(id: $id) { id name members { givenName } plan { id text } } }`;

const FAIL_PLAN_READ_LINES = `
  CREATE FUNCTION test_refuse_plan_reads() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.list = 'plan' AND NEW.action = 'READ' THEN RAISE EXCEPTION 'access log unavailable'; END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER test_refuse_plan_reads BEFORE INSERT ON access_log FOR EACH ROW EXECUTE FUNCTION test_refuse_plan_reads();`;

describe('reads reach the access log before the answer leaves', () => {
  let ctx: TestContext;
  let regisseur: GraphQLSession;
  let familyId: string;

  beforeAll(async () => {
    ctx = await TestContext.create();
    regisseur = await ctx.signIn(await ctx.newAccount({ organisation: await ctx.newOrganisation({ type: 'NEIGHBOURHOOD_TEAM' }) }));
    const { createFamily } = await regisseur.data<{ createFamily: { id: string } }>(CREATE_FAMILY, {
      input: {
        name: 'Gezin Visser',
        regisseurTask: 'Regie',
        members: [{ givenName: 'Anna', familyName: 'Visser', role: 'PARENT', dateOfBirth: '1984-02-02', hasParentalAuthority: true }],
        network: [],
      },
    });
    familyId = createFamily.id;
  });
  afterAll(() => ctx.close());

  const readLines = async (requestId: string) =>
    (await ctx.dataSource.query(`SELECT list FROM access_log WHERE request_id = $1 AND action = 'READ' ORDER BY list`, [requestId])) as Array<{
      list: string;
    }>;

  it('writes every list a request read, once, with that request’s id', async () => {
    const result = await regisseur.request<{ family: { name: string } }>(PAGE, { id: familyId }, { 'x-request-id': 'flush-ok' });

    expect(result.data?.family.name).toBe('Gezin Visser');
    expect(await readLines('flush-ok')).toEqual([{ list: 'family' }, { list: 'plan' }]);
  });

  it('withholds the whole answer when its reads cannot be logged, and logs none of them', async () => {
    await ctx.asOwner(FAIL_PLAN_READ_LINES);
    try {
      const result = await regisseur.request(PAGE, { id: familyId }, { 'x-request-id': 'flush-fails' });

      expect(result.status).toBe(500);
      expect(result.data).toBeUndefined();
      expect(result.errors?.map((e) => e.extensions?.['code'])).toEqual([ErrorCode.InternalServerError]);
      expect(JSON.stringify(result.errors)).not.toContain('Gezin Visser');
      expect(await readLines('flush-fails')).toEqual([]);
    } finally {
      await ctx.asOwner('DROP TRIGGER test_refuse_plan_reads ON access_log; DROP FUNCTION test_refuse_plan_reads()');
    }
  });
});
