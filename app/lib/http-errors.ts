// The error Responses that loaders and actions throw; the root error boundary shows each
// as the one error page in the user's language (app/components/error-page.tsx). Free of
// server imports so that any module may use them.

declare global {
  /** Told of each refusal below; the request handler logs it (server/denied-access.ts). */
  var __etalonasRefused: ((status: 403 | 404) => void) | undefined;
}

/** A request our own pages never send (a tampered form, an unknown intent). */
export const badRequest = () => new Response("Bad Request", { status: 400 });

/** The role may not do this. */
export const forbidden = () => {
  globalThis.__etalonasRefused?.(403);
  return new Response("Forbidden", { status: 403 });
};

/** Missing, or outside the user's scope: the same answer, so that existence is not revealed. */
export const notFound = () => {
  globalThis.__etalonasRefused?.(404);
  return new Response("Not Found", { status: 404 });
};

export const methodNotAllowed = () => new Response("Method Not Allowed", { status: 405 });
