// The app as a function from Request to Response: Remix plus the request-safety layer.
// The production server and the integration tests both go through this.
import { randomBytes } from "node:crypto";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { env } from "../app/env.server";
import { registerAppRoutes } from "../app/lib/safe-redirect";
import { takeWriteTurn } from "../app/lib/write-gate.server";
import { clientIp } from "../app/lib/session.server";
import { logRefusals } from "./denied-access";
import { bodyLimit, isFormContentType, limitBody, refuse } from "./request-body";
import { applySecurityHeaders, isCrossSiteWrite } from "./security";
import { tokenBuckets, type BucketConfig } from "./token-bucket";
import { writePolicy } from "./write-policy";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Writes per client address: by default a burst of 120, then 2 a second (POST_RATE_LIMIT).
 * Generous, because an office behind one address (a municipality's NAT) shares it; sign-in
 * and code guessing have their own, stricter limits (app/lib/rate-limit.server.ts). Off in
 * the test suite, whose thousands of requests come from one address; tests that check it pass
 * their own; the benchmarks and the restore drill, whose shoppers all come from 127.0.0.1,
 * turn it off.
 */
export function postLimitOf(setting: string): BucketConfig | null {
  if (setting === "off") return null;
  const [capacity, perSecond] = setting.split("/").map(Number);
  return { capacity, perSecond, maxKeys: 50_000 };
}

export type AppHandlerOptions = { postLimit?: BucketConfig | null };

export type AppLoadContext = { cspNonce: string };

export function createAppHandler(build: ServerBuild, mode: string = env().NODE_ENV, options: AppHandlerOptions = {}) {
  const remix = createRequestHandler(build, mode);
  const postLimit =
    options.postLimit !== undefined ? options.postLimit : env().NODE_ENV === "test" ? null : postLimitOf(env().POST_RATE_LIMIT);
  const writers = postLimit ? tokenBuckets(postLimit) : null;
  // Redirects after sign-in go only to paths of these routes (app/lib/safe-redirect.ts).
  registerAppRoutes(build.routes);
  const takesWriteTurn = writePolicy(build);
  return async function handle(incoming: Request): Promise<Response> {
    const nonce = randomBytes(16).toString("base64");
    const reads = BODY_METHODS.has(incoming.method);
    const limited = reads ? limitBody(incoming, bodyLimit(new URL(incoming.url).pathname)) : null;
    const request = limited && limited !== "too-large" ? limited.request : incoming;
    let response: Response;
    const turn = reads && writers ? writers.take(clientIp(incoming)) : null;
    if (turn && !turn.ok) {
      response = new Response("Too many requests: wait and try again / Per daug užklausų: palaukite ir bandykite dar kartą", {
        status: 429,
        // The body is not read: the connection closes, as for a 413.
        headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": String(turn.retryAfterS), Connection: "close" },
      });
    } else if (limited === "too-large") {
      response = refuse(413);
    } else if (isCrossSiteWrite(request)) {
      response = new Response("Cross-site request refused / Užklausa iš kitos svetainės atmesta", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    } else if (reads && !isFormContentType(request)) {
      response = refuse(415, { Accept: "application/x-www-form-urlencoded, multipart/form-data" });
    } else {
      // Writes take turns with CSV imports of this process (app/lib/write-gate.server.ts);
      // which requests write is declared by the routes (server/write-policy.ts).
      const leave = takesWriteTurn(request) ? await takeWriteTurn() : null;
      try {
        response = await logRefusals(request, () => remix(request, { cspNonce: nonce } satisfies AppLoadContext));
      } finally {
        leave?.();
      }
      // A streamed body that outgrew its limit made the action fail: say why.
      if (limited?.exceeded()) response = refuse(413);
    }
    applySecurityHeaders(response.headers, nonce, new URL(incoming.url).protocol === "https:");
    return response;
  };
}
