// The app as a function from Request to Response: Remix plus the request-safety layer.
// The production server and the integration tests both go through this.
import { randomBytes } from "node:crypto";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { enterWriteRequest } from "../app/lib/write-gate.server";
import { applySecurityHeaders, isCrossSiteWrite } from "./security";

export type AppLoadContext = { cspNonce: string; leaveWriteGate?: () => void };

export function createAppHandler(build: ServerBuild, mode = process.env.NODE_ENV ?? "production") {
  const remix = createRequestHandler(build, mode);
  return async function handle(request: Request): Promise<Response> {
    const nonce = randomBytes(16).toString("base64");
    let response: Response;
    if (isCrossSiteWrite(request)) {
      response = new Response("Cross-site request refused / Užklausa iš kitos svetainės atmesta", {
        status: 403,
        headers: { "Content-Type": "text/plain; charset=utf-8" },
      });
    } else {
      // Writes take turns with CSV imports of this process (app/lib/write-gate.server.ts).
      const leave = request.method === "GET" || request.method === "HEAD" ? null : await enterWriteRequest();
      try {
        response = await remix(request, { cspNonce: nonce, leaveWriteGate: leave ?? undefined } satisfies AppLoadContext);
      } finally {
        leave?.();
      }
    }
    applySecurityHeaders(response.headers, nonce);
    return response;
  };
}
