// Whose address the sign-in limits and sessions record behind reverse proxies (issue 15,
// defect 3): the one our proxy saw, never what the client wrote into X-Forwarded-For.
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress, toRequest, trustedProxyHops } from "../../server/node-adapter";

function incoming(headers: Record<string, string>, remoteAddress: string, hops = 0) {
  const req = { headers: { host: "etalonas.test", ...headers }, url: "/", method: "GET", socket: { remoteAddress } };
  const res = { on: () => undefined };
  return toRequest(req as unknown as IncomingMessage, res as unknown as ServerResponse, hops);
}

describe("client address", () => {
  it("with one trusted proxy takes the address that proxy appended, not the client's forged first entry", () => {
    const request = incoming({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }, "10.0.0.2", trustedProxyHops("1"));
    expect(request.headers.get("X-Etalonas-Client-Ip")).toBe("203.0.113.9");
  });

  it("counts the configured number of proxies from the right", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9, 10.0.0.5", "10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientAddress(["6.6.6.6", "203.0.113.9"], "10.0.0.2", 1)).toBe("203.0.113.9");
    // Fewer entries than proxies: the left-most is the best there is.
    expect(clientAddress("203.0.113.9", "10.0.0.2", 3)).toBe("203.0.113.9");
  });

  it("ignores X-Forwarded-For and X-Forwarded-Proto without TRUST_PROXY, and a forged client-IP header", () => {
    const request = incoming(
      { "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", "x-etalonas-client-ip": "6.6.6.6" },
      "198.51.100.4",
    );
    expect(request.headers.get("X-Etalonas-Client-Ip")).toBe("198.51.100.4");
    expect(new URL(request.url).protocol).toBe("http:");
  });

  it("reads TRUST_PROXY as a number of proxies", () => {
    expect([
      trustedProxyHops("1"),
      trustedProxyHops("2"),
      trustedProxyHops("0"),
      trustedProxyHops(""),
      trustedProxyHops("yes"),
      trustedProxyHops(undefined),
    ]).toEqual([1, 2, 0, 0, 0, 0]);
  });
});
