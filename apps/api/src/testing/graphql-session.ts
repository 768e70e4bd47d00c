import { GraphQLFormattedError } from 'graphql';

export interface GraphQLResult<TData> {
  status: number;
  data: TData | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
}

/**
 * One person's conversation with the API over real HTTP, keeping the session
 * cookie the server sets, as a browser would.
 */
export class GraphQLSession {
  private cookie: string | undefined;

  constructor(private readonly baseUrl: string) {}

  async request<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    operationName?: string,
  ): Promise<GraphQLResult<TData>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: JSON.stringify({ query, variables, operationName }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      this.cookie = pair.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** The data of an operation that must succeed; fails the test with the errors otherwise. */
  async data<TData = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<TData> {
    const result = await this.request<TData>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`Expected success, got: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** The error code of an operation that must fail. */
  async errorCode(query: string, variables: Record<string, unknown> = {}): Promise<string | undefined> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`Expected an error, got data: ${JSON.stringify(result.data)}`);
    return result.errors[0].extensions?.['code'] as string | undefined;
  }

  get hasSessionCookie(): boolean {
    return this.cookie !== undefined;
  }
}
