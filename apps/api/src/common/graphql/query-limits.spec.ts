import { TestContext } from '../../testing/test-context';

const PLAN_PAGE = `{ myFamilies { id name plan { id text author { name organisationName } } } }`;

describe('GraphQL hardening', () => {
  let ctx: TestContext;
  beforeAll(
    async () =>
      (ctx = await TestContext.create({
        graphql: { maxDepth: 3, maxAliases: 5, maxCost: 2_000, maxDirectivesPerField: 3, maxDirectives: 10 },
      })),
  );
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

  it('measures each fragment once, so nested pairs of spreads are refused at once instead of expanded', async () => {
    // Each fragment spreads the next one twice: expanded naively, 40 fragments mean 2^40 walks
    // and the test times out; measured once per fragment, the cost is known after 41 measures.
    const names = Array.from({ length: 41 }, (_, i) => `F${i}`);
    const chain = names
      .slice(0, -1)
      .map((name, i) => `fragment ${name} on Query { ...${names[i + 1]} ...${names[i + 1]} }`)
      .join(' ');
    const result = await (await session()).request(`{ ...F0 } ${chain} fragment F40 on Query { me { id } }`);
    expect(result.errors?.[0].message).toMatch(/^The query is too costly \(\d+; the limit is 2000\)/);
    expect(result.data).toBeUndefined();
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

  it('answers an operation with a few directives', async () => {
    const result = await (await session()).request(`query ($on: Boolean!) { me @include(if: $on) @skip(if: false) { id } }`, { on: true });
    expect(result.errors).toBeUndefined();
    expect(result.data?.['me']).not.toBeNull();
  });

  it('refuses a field with too many directives before GraphQL answers each repetition, naming the field', async () => {
    const piled = Array.from({ length: 500 }, () => '@skip(if: false)').join(' ');
    const result = await (await session()).request(`{ mine: me ${piled} { id } }`);
    expect(result.errors?.[0].message).toBe(
      'The query repeats directives on field "mine" (500; the limit is 3 per field). Ask for less at once.',
    );
    expect(result.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('refuses too many directives in total, also when each field stays within its limit', async () => {
    const fields = Array.from({ length: 4 }, () => 'id @include(if: true) @skip(if: false) @include(if: true)').join(' ');
    const result = await (await session()).request(`{ me { ${fields} } }`);
    expect(result.errors?.[0].message).toBe('The query uses too many directives (12; the limit is 10). Ask for less at once.');
    expect(result.errors?.[0].extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('names the fields it does not know but suggests none in production', async () => {
    const production = await TestContext.sameDatabase(ctx, { mode: 'production' });
    try {
      const typo = `{ mee { id } }`;
      const misspeltInput = [`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, { input: { emial: 'a@b.example', password: 'x' } }] as const;

      const development = await ctx.anonymous().request(typo);
      expect(development.errors?.[0].message).toMatch(/Did you mean "me"\?$/);
      expect(JSON.stringify((await ctx.anonymous().request(...misspeltInput)).errors)).toMatch(/Did you mean/);

      const inProduction = await production.anonymous().request(typo);
      expect(inProduction.errors?.[0].message).toBe('Cannot query field "mee" on type "Query".');
      const input = await production.anonymous().request(...misspeltInput);
      expect(input.errors?.length).toBeGreaterThan(0);
      for (const error of input.errors ?? []) expect(error.message).not.toMatch(/Did you mean/);
    } finally {
      await production.close();
    }
  });
});
