// The app as a function from Request to Response: Remix plus the request-safety layer.
// The production server and the integration tests both go through this.
import { randomBytes } from "node:crypto";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { env } from "../app/env.server";
import { registerAppRoutes } from "../app/lib/safe-redirect";
import { takeWriteTurn } from "../app/lib/write-gate.server";
import { logRefusals } from "./denied-access";
import { bodyLimit, isFormContentType, limitBody, refuse } from "./request-body";
import { applySecurityHeaders, isCrossSiteWrite } from "./security";
import { writePolicy } from "./write-policy";

const BODY_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type AppLoadContext = { cspNonce: string };

export function createAppHandler(build: ServerBuild, mode: string = env().NODE_ENV) {
  const remix = createRequestHandler(build, mode);
  // Redirects after sign-in go only to paths of these routes (app/lib/safe-redirect.ts).
  registerAppRoutes(build.routes);
  const takesWriteTurn = writePolicy(build);
  return async function handle(incoming: Request): Promise<Response> {
    const nonce = randomBytes(16).toString("base64");
    const reads = BODY_METHODS.has(incoming.method);
    const limited = reads ? limitBody(incoming, bodyLimit(new URL(incoming.url).pathname)) : null;
    const request = limited && limited !== "too-large" ? limited.request : incoming;
    let response: Response;
    if (limited === "too-large") {
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
