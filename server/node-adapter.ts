// Converts between Node's http objects and the Fetch API's Request and Response.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createReadableStreamFromReadable, writeReadableStreamToWritable } from "@remix-run/node";
import { env } from "../app/env.server";

export function toRequest(req: IncomingMessage, res: ServerResponse): Request {
  const forwardedProto = env().TRUST_PROXY === "1" ? String(req.headers["x-forwarded-proto"] ?? "").split(",")[0] : "";
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const protocol = forwardedProto || (encrypted ? "https" : "http");
  const host = req.headers.host ?? "localhost";
  const url = new URL(req.url ?? "/", `${protocol}://${host}`);

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const forwardedFor = env().TRUST_PROXY === "1" ? String(req.headers["x-forwarded-for"] ?? "").split(",")[0].trim() : "";
  // Overwrites whatever a client may have sent under this name.
  headers.set("X-Etalonas-Client-Ip", forwardedFor || req.socket.remoteAddress || "unknown");

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
