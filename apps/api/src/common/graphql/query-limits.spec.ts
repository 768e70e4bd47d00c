import { TestContext } from '../../testing/test-context';

const PLAN_PAGE = `{ myFamilies { id name plan { id text author { name organisationName } } } }`;

describe('GraphQL hardening', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create({ graphql: { maxDepth: 3, maxAliases: 5, maxCost: 2_000 } })));
  afterAll(() => ctx.close());

  const session = async () => ctx.signIn(await ctx.newAccount());

  it('answers an operation within the limits', async () => {
    expect((await (await session()).request(`{ myFamilies { id plan { id } } }`)).errors).toBeUndefined();
  });

  it('refuses an operation nested deeper than the limit, also through fragments', async () => {
    const client = await session();
    for (const query of [PLAN_PAGE, `{ myFamilies { ...F } } fragment F on Family { plan { author { name } } }`]) {
      const result = await client.request(query);
      expect(result.errors?.[0].message).toBe('The query is nested too deeply (4; the limit is 3). Ask for less at once.');
      expect(result.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.data).toBeUndefined();
    }
  });

  it('refuses an operation that is too costly', async () => {
    const fields = Array.from({ length: 6 }, () => 'id text status dueOn kind category').join(' ');
    const result = await (await session()).request(`{ myFamilies { plan { ${fields} } } }`);
    expect(result.errors?.[0].message).toMatch(/^The query is too costly \(\d+; the limit is 2000\)/);
  });

  it('refuses too many aliases', async () => {
    const aliased = `{ ${Array.from({ length: 6 }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    const result = await (await session()).request(aliased);
    expect(result.errors?.[0].message).toBe('The query is using too many aliases (6; the limit is 5). Ask for less at once.');
  });

  it('refuses batched operations', async () => {
    const response = await fetch(`${ctx.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(response.status).toBe(400);
  });
});
