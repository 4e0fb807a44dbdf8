// Converts between Node's http objects and the Fetch API's Request and Response.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from "@remix-run/node";
import { env } from "../app/env.server";

/**
 * TRUST_PROXY: how many reverse proxies stand between the clients and this server (0 or
 * unset: none, the socket's peer is the client).
 */
export function trustedProxyHops(value: string | undefined = env().TRUST_PROXY): number {
  const hops = Number(value ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

/**
 * The client's address behind `hops` trusted proxies. Each proxy appends the address it
 * received the request from to X-Forwarded-For, so only the right-most `hops` entries
 * (the last one is our own proxy's peer, with the socket's peer after it) were written by
 * proxies we trust; anything further left came from the client and may be forged.
 */
export function clientAddress(forwardedFor: string | string[] | undefined, peer: string | undefined, hops: number): string {
  const chain = [forwardedFor ?? []]
    .flat()
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  chain.push(peer || "unknown");
  return chain[Math.max(0, chain.length - 1 - hops)];
}

/** `hops`: TRUST_PROXY's number of proxies (a parameter for tests). */
export function toRequest(req: IncomingMessage, res: ServerResponse, hops = trustedProxyHops()): Request {
  const forwardedProto = hops
    ? String(req.headers["x-forwarded-proto"] ?? "")
        .split(",")[0]
        .trim()
    : "";
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const protocol = forwardedProto || (encrypted ? "https" : "http");
  const host = req.headers.host ?? "localhost";
  const url = new URL(req.url ?? "/", `${protocol}://${host}`);

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  // Overwrites whatever a client may have sent under this name.
  headers.set("X-Etalonas-Client-Ip", clientAddress(hops ? req.headers["x-forwarded-for"] : undefined, req.socket.remoteAddress, hops));

  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const method = req.method ?? "GET";
  const init: RequestInit & { duplex?: "half" } = { method, headers, signal: controller.signal };
  if (method !== "GET" && method !== "HEAD") {
    init.body = createReadableStreamFromReadable(req);
    init.duplex = "half";
  }
  return new Request(url, init);
}

export async function sendResponse(res: ServerResponse, response: Response) {
  res.statusMessage = response.statusText;
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name === "set-cookie") return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
