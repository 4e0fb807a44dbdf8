// Real Request objects for calling loaders, actions and the whole app in tests.
export const ORIGIN = "http://etalonas.test";

type Init = { cookie?: string; headers?: Record<string, string>; ip?: string };

export function getRequest(path: string, init: Init = {}): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  headers.set("X-Etalonas-Client-Ip", init.ip ?? "203.0.113.7");
  headers.set("Host", new URL(ORIGIN).host);
  return new Request(ORIGIN + path, { headers });
}

/** A same-origin form POST, as a browser sends it. */
export function postRequest(path: string, form: Record<string, string | string[]> | FormData, init: Init = {}): Request {
  const headers = new Headers(init.headers);
  if (init.cookie) headers.set("Cookie", init.cookie);
  if (!headers.has("Origin")) headers.set("Origin", ORIGIN);
  headers.set("X-Etalonas-Client-Ip", init.ip ?? "203.0.113.7");
  // Remix compares Origin with Host before running an action, as a browser's request has both.
  headers.set("Host", new URL(ORIGIN).host);
  let body: FormData;
  if (form instanceof FormData) body = form;
  else {
    body = new FormData();
    for (const [name, value] of Object.entries(form)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
    }
  }
  return new Request(ORIGIN + path, { method: "POST", headers, body });
}

/** Cookie header value from a response's Set-Cookie headers (name=value pairs only). */
export function cookieFrom(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((pair) => !pair.endsWith("="))
    .join("; ");
}

/** Runs a loader or action and returns the thrown or returned Response (redirects are thrown). */
export async function settle<T>(fn: () => T | Promise<T>): Promise<T | Response> {
  try {
    return await fn();
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

/** The arguments Remix passes a loader or an action. */
export const routeArgs = (request: Request, params: Record<string, string> = {}) => ({ request, params, context: {} });

/** A loader's or action's status: a thrown or returned Response's, else 200. */
export const statusOf = (r: unknown) => (r instanceof Response ? r.status : 200);

/** Where a redirect points, or null. */
export const locationOf = (r: unknown) => (r instanceof Response ? r.headers.get("Location") : null);
