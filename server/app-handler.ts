// The app as a function from Request to Response: Remix plus the request-safety layer.
// The production server and the integration tests both go through this.
import { randomBytes } from "node:crypto";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { env } from "../app/env.server";
import { takeWriteTurn } from "../app/lib/write-gate.server";
import { applySecurityHeaders, isCrossSiteWrite } from "./security";
import { writePolicy } from "./write-policy";

export type AppLoadContext = { cspNonce: string };

export function createAppHandler(build: ServerBuild, mode: string = env().NODE_ENV) {
  const remix = createRequestHandler(build, mode);
  const takesWriteTurn = writePolicy(build);
  return async function handle(request: Request): Promise<Response> {
    const nonce = randomBytes(16).toString("base64");
    let response: Response;
    if (isCrossSiteWrite(request)) {
      response = new Response("Cross-site request refused / Užklausa iš kitos svetainės atmesta", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    } else {
      // Writes take turns with CSV imports of this process (app/lib/write-gate.server.ts);
      // which requests write is declared by the routes (server/write-policy.ts).
      const leave = takesWriteTurn(request) ? await takeWriteTurn() : null;
      try {
        response = await remix(request, { cspNonce: nonce } satisfies AppLoadContext);
      } finally {
        leave?.();
      }
    }
    applySecurityHeaders(response.headers, nonce);
    return response;
  };
}
