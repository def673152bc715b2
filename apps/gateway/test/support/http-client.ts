/** Minimal GraphQL-over-HTTP client on node's fetch, for black-box tests of the gateway. */

export interface GraphQLErrorJson {
  message: string;
  path?: Array<string | number>;
  locations?: Array<{ line: number; column: number }>;
  extensions?: Record<string, unknown>;
}

export interface HttpResult<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: TData | null; errors?: GraphQLErrorJson[] } | null;
}

export async function send<TData = Record<string, unknown>>(
  url: string,
  init: RequestInit,
): Promise<HttpResult<TData>> {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: HttpResult<TData>['body'] = null;
  try {
    body = JSON.parse(text) as HttpResult<TData>['body'];
  } catch {
    body = null;
  }
  return { status: response.status, headers: response.headers, text, body };
}

export function postGraphQL<TData = Record<string, unknown>>(
  url: string,
  payload: { query: string; variables?: Record<string, unknown>; operationName?: string },
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<HttpResult<TData>> {
  return send<TData>(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body: JSON.stringify(payload),
  });
}

export function errorCodes(result: HttpResult): unknown[] {
  return (result.body?.errors ?? []).map((e) => e.extensions?.code);
}
