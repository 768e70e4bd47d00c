import { BENCH_PASSWORD } from '../dataset/load-dataset';
import { SIGN_IN } from './documents';

/** Signs in through the real signIn mutation and returns the session cookie, as a browser would keep it. */
export async function signIn(baseUrl: string, email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: SIGN_IN, variables: { input: { email, password: BENCH_PASSWORD } } }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('gp_session='));
  if (body.errors || !cookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(body.errors ?? 'no session cookie')}`);
  return cookie;
}
