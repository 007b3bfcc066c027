export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; messageZh?: string; messageEn?: string; details?: Record<string, unknown> };
}

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

/** A browser-like GraphQL client over HTTP: keeps the session cookie it is given. */
export class GraphQLTestClient {
  private cookie: string | null = null;

  constructor(
    private readonly url: string,
    private readonly ip?: string,
  ) {}

  get sessionCookie(): string | null {
    return this.cookie;
  }

  /** Uses another client's session (e.g. to replay a stolen cookie after logout). */
  useCookie(cookie: string | null): this {
    this.cookie = cookie;
    return this;
  }

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.ip) headers["x-forwarded-for"] = this.ip;
    const response = await fetch(this.url, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      if (!pair) continue;
      const value = pair.slice(pair.indexOf("=") + 1);
      this.cookie = value ? pair : null;
    }
    return (await response.json()) as GraphQLResult<T>;
  }

  /** Runs an operation that must succeed and returns its data. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }

  /** Runs an operation that must fail and returns the first error's code. */
  async errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0]?.extensions?.code;
  }

  async login(loginName: string, password: string): Promise<this> {
    await this.ok(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
      input: { loginName, password },
    });
    return this;
  }
}
