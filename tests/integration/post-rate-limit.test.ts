// Writes per client address are limited before anything is read or run: past the burst a
// POST gets 429 with Retry-After, from that address only; pages (GET) are not counted.
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../../app/env.server";
import { createAppHandler, postLimitOf } from "../../server/app-handler";
import { loginAttempts } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest } from "../helpers/requests";

let handle: (request: Request) => Promise<Response>;
let build: ServerBuild;

beforeAll(async () => {
  build = (await import(pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  handle = createAppHandler(build, "production", { postLimit: { capacity: 3, perSecond: 0.1, maxKeys: 100 } });
});

const signIn = (ip: string) => handle(postRequest("/login", { email: "nobody@test.lt", password: "x" }, { ip }));

describe("the limit on writes per address", () => {
  it("answers 429 with Retry-After past the burst, without running the action", async () => {
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await signIn("198.51.100.80")).status);
    expect(statuses).toEqual([401, 401, 401]);
    const attempts = testDb().select().from(loginAttempts).all().length;
    const refused = await signIn("198.51.100.80");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThanOrEqual(1);
    expect(refused.headers.get("Content-Security-Policy")).toBeTruthy();
    expect(testDb().select().from(loginAttempts).all().length).toBe(attempts);
  });

  it("counts each address apart and leaves pages alone", async () => {
    expect((await signIn("198.51.100.81")).status).toBe(401);
    expect((await handle(getRequest("/login", { ip: "198.51.100.80" }))).status).toBe(200);
  });

  it("is generous by default (an office behind one address) and off in the test suite", () => {
    const byDefault = postLimitOf(parseEnv({}).POST_RATE_LIMIT)!;
    expect(byDefault.capacity).toBeGreaterThanOrEqual(100);
    expect(byDefault.perSecond).toBeGreaterThanOrEqual(1);
    expect(postLimitOf("30/1")).toMatchObject({ capacity: 30, perSecond: 1 });
    expect(postLimitOf("off")).toBeNull();
    expect(() => parseEnv({ POST_RATE_LIMIT: "lots" })).toThrow(/POST_RATE_LIMIT/);
    // The suite's own handlers (NODE_ENV=test) have none: 130 writes from one address pass.
    const suite = createAppHandler(build, "production");
    const switchLanguage = () => suite(postRequest("/settings/language", { locale: "en", redirectTo: "/" }, { ip: "198.51.100.82" }));
    return Promise.all(Array.from({ length: 130 }, switchLanguage)).then((responses) =>
      expect(responses.filter((r) => r.status === 429)).toHaveLength(0),
    );
  });
});
