import { requestLogSerializers } from './logging.module';

describe('request log lines', () => {
  it('keep the request id, method and path, and drop every header', () => {
    const request = {
      id: 'req-12345678',
      method: 'POST',
      url: '/graphql',
      headers: { cookie: 'gp_session=secret', 'user-agent': 'Firefox', 'x-forwarded-for': '10.1.2.3' },
      remoteAddress: '10.1.2.3',
    };

    expect(requestLogSerializers.req(request)).toEqual({ id: 'req-12345678', method: 'POST', url: '/graphql' });
    expect(JSON.stringify(requestLogSerializers.req(request))).not.toMatch(/secret|Firefox|10\.1\.2\.3/);
  });

  it('keep the path without its query string, which can carry an operation and its variables', () => {
    const request = { id: 'req-1', method: 'GET', url: '/graphql?query=%7B%7D&variables=%7B%22bsn%22%3A%22123456782%22%7D#x' };
    expect(requestLogSerializers.req(request)).toEqual({ id: 'req-1', method: 'GET', url: '/graphql' });
  });

  it('keep the status of the answer, not its headers', () => {
    expect(requestLogSerializers.res({ statusCode: 200, headers: { 'set-cookie': 'gp_session=secret' } } as { statusCode: number })).toEqual({
      statusCode: 200,
    });
  });
});
