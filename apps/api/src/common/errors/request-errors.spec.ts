import { Logger } from '@nestjs/common';
import { TestContext } from '../../testing/test-context';

describe('a request the client got wrong before GraphQL', () => {
  let ctx: TestContext;
  beforeAll(async () => (ctx = await TestContext.create()));
  afterAll(() => ctx.close());
  afterEach(() => jest.restoreAllMocks());

  const post = (body: string) =>
    fetch(`${ctx.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers an oversized body with 413 PAYLOAD_TOO_LARGE and logs one warning line, no error with a stack', async () => {
    const warnings = jest.spyOn(Logger.prototype, 'warn');
    const errors = jest.spyOn(Logger.prototype, 'error');
    const body = JSON.stringify({ query: '{ me { id } }', variables: { note: 'a'.repeat(200_000) } });

    const response = await post(body);

    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: `The request is too large (${Buffer.byteLength(body)} bytes; the limit is 102400). Send less at once.`,
          extensions: { code: 'PAYLOAD_TOO_LARGE' },
        },
      ],
    });
    expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/^POST \/graphql refused with 413 PAYLOAD_TOO_LARGE: The request is too large/));
    expect(errors).not.toHaveBeenCalled();
  });

  it('answers a body that is not JSON with 400, without an error in the log', async () => {
    const errors = jest.spyOn(Logger.prototype, 'error');
    const response = await post('{ "query": ');
    expect(response.status).toBe(400);
    expect(errors).not.toHaveBeenCalled();
  });
});
