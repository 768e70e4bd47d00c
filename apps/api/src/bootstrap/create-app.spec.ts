import { TestContext } from '../testing/test-context';

describe('the HTTP layer around the API', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());

  const post = (body: unknown) =>
    fetch(`${ctx.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('tells browsers and proxies never to keep a copy of an answer', async () => {
    const response = await post({ query: '{ me { id } }' });

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('does not name its framework and sends the usual hardening headers', async () => {
    const response = await post({ query: '{ me { id } }' });

    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
