// Which requests take a write turn: decided from the route Remix will run and its
// `handle.writeGate`, for document, single-fetch and index-route requests.
import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { writePolicy } from "../../server/write-policy";

type R = { id: string; parentId?: string; path?: string; index?: boolean; handle?: unknown };
const build = (routes: R[]) =>
  ({ routes: Object.fromEntries(routes.map((r) => [r.id, { ...r, module: { handle: r.handle } }])) }) as unknown as ServerBuild;

const none = { writeGate: "none" };
const policy = writePolicy(
  build([
    { id: "root", path: "" },
    { id: "routes/_index", parentId: "root", index: true },
    { id: "routes/upload._index", parentId: "root", path: "upload", index: true, handle: none },
    { id: "routes/upload.$id", parentId: "root", path: "upload/:id", handle: none },
    { id: "routes/upload.new", parentId: "root", path: "upload/new" },
    { id: "routes/things", parentId: "root", path: "things", handle: none },
    { id: "routes/things._index", parentId: "routes/things", index: true },
    { id: "routes/things.$id", parentId: "routes/things", path: ":id" },
  ]),
);
const post = (path: string) => policy(new Request(`http://x${path}`, { method: "POST" }));
const get = (path: string) => policy(new Request(`http://x${path}`));

describe("write policy", () => {
  it("pages never take a turn", () => {
    expect(get("/things/1")).toBe(false);
    expect(policy(new Request("http://x/things/1", { method: "HEAD" }))).toBe(false);
  });

  it("actions take a turn unless their route declares writeGate none", () => {
    expect(post("/things/1")).toBe(true);
    expect(post("/upload")).toBe(false);
    expect(post("/upload/abc")).toBe(false);
    expect(post("/UPLOAD/abc/")).toBe(false);
    expect(post("/upload/new")).toBe(true); // the static route ranks above the dynamic one
    expect(post("/upload/abc/more")).toBe(true);
    expect(post("/nowhere/at/all")).toBe(true);
    expect(post("/")).toBe(true);
  });

  it("single-fetch data requests are the same route's", () => {
    expect(post("/upload.data")).toBe(false);
    expect(post("/upload/abc.data")).toBe(false);
    expect(post("/things/1.data")).toBe(true);
    expect(post("/_root.data")).toBe(true);
  });

  it("an index route's action runs only with ?index, else the layout's", () => {
    expect(post("/things")).toBe(false); // the layout declares none
    expect(post("/things?index")).toBe(true); // its index route does not
    expect(post("/things.data?index")).toBe(true);
  });
});
