// Request bodies: a size limit per route and form content types only, checked before the app
// (and before sign-in) reads a byte. Without a limit four 250 MB posts to /login took 1.5 GB
// of memory; a JSON or text body made request.formData() throw, a 500.
import { FORM_BODY_LIMIT, MiB } from "../app/lib/body-limits";
import { MAX_UPLOAD_MB } from "../app/routes/admin.import._index/schema";

export { FORM_BODY_LIMIT };
/** The CSV upload: the file limit and room for the multipart framing and other fields. */
export const UPLOAD_BODY_LIMIT = (MAX_UPLOAD_MB + 1) * MiB;

// The upload form's page, also as Remix's single-fetch data URL (`/admin/import.data`).
const UPLOAD_PATHS = /^\/admin\/import(?:\.data)?\/?$/;

export function bodyLimit(pathname: string): number {
  return UPLOAD_PATHS.test(pathname) ? UPLOAD_BODY_LIMIT : FORM_BODY_LIMIT;
}

const FORM_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data"]);

/** Every action of the app reads a form: other bodies are refused with 415. */
export function isFormContentType(request: Request): boolean {
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0].trim().toLowerCase();
  return FORM_TYPES.has(type);
}

export class BodyTooLargeError extends Error {
  constructor(limit: number) {
    super(`Request body larger than ${limit} bytes`);
  }
}

/**
 * The request with its body counted as it streams (a chunked body has no Content-Length):
 * past `limit` bytes the stream fails, and `exceeded()` tells the caller to answer 413.
 * A declared Content-Length above the limit is refused before anything is read.
 */
export function limitBody(request: Request, limit: number): { request: Request; exceeded: () => boolean } | "too-large" {
  const declared = Number(request.headers.get("Content-Length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return "too-large";
  if (!request.body) return { request, exceeded: () => false };
  let bytes = 0;
  let exceeded = false;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      bytes += chunk.byteLength;
      if (bytes > limit) {
        exceeded = true;
        controller.error(new BodyTooLargeError(limit));
        return;
      }
      controller.enqueue(chunk);
    },
  });
  const init: RequestInit & { duplex: "half" } = {
    method: request.method,
    headers: request.headers,
    body: request.body.pipeThrough(counter),
    signal: request.signal,
    duplex: "half",
  };
  return { request: new Request(request.url, init), exceeded: () => exceeded };
}

/** A plain-text refusal; the connection is closed so that the unread body is not drained. */
export function refuse(status: 413 | 415, headers: Record<string, string> = {}): Response {
  const text =
    status === 413
      ? "Request body too large / Užklausa per didelė"
      : "Unsupported content type: send a form / Nepalaikomas turinio tipas: siųskite formą";
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", Connection: "close", ...headers } });
}
