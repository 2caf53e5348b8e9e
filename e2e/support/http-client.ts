export interface ApiResponse<T = any> {
  status: number;
  contentType: string;
  body: T;
}

/** A small HTTP client over fetch: what a web console or a script would send. */
export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  as(token: string): Api {
    return new Api(this.baseUrl, token);
  }

  async call<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? '',
      body: text ? JSON.parse(text) : undefined,
    };
  }

  /** multipart/form-data, as a browser form or a job board's client would send files. */
  async upload<T = any>(
    path: string,
    files: { field?: string; filename: string; type: string; data: Buffer }[],
    fields: Record<string, string> = {},
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const file of files) form.append(file.field ?? 'files', new Blob([file.data], { type: file.type }), file.filename);
    const auth: Record<string, string> = this.token ? { authorization: `Bearer ${this.token}` } : {};
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: { accept: 'application/json', ...auth, ...headers }, body: form });
    const text = await response.text();
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : undefined };
  }

  get = <T = any>(path: string) => this.call<T>('GET', path);
  post = <T = any>(path: string, body: unknown = {}) => this.call<T>('POST', path, body);
  patch = <T = any>(path: string, body: unknown) => this.call<T>('PATCH', path, body);

  async login(email: string, password: string): Promise<Api> {
    const response = await this.post('/api/v1/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`login of ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return this.as(response.body.accessToken);
  }
}
