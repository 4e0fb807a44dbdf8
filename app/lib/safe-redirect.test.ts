import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { registerAppRoutes, routePatterns, safeRedirect } from "./safe-redirect";

// The shape of a Remix server build's `routes` (ids, parents, paths).
const ROUTES = {
  root: { path: "" },
  "routes/_index": { parentId: "root", index: true },
  "routes/audits._index": { parentId: "root", path: "audits", index: true },
  "routes/audits.$id": { parentId: "root", path: "audits/:id" },
  "routes/audits.$id_.edit": { parentId: "root", path: "audits/:id/edit" },
  "routes/admin.import.$jobId": { parentId: "root", path: "admin/import/:jobId" },
  "routes/admin.export[.]csv": { parentId: "root", path: "admin/export.csv" },
};

beforeEach(() => registerAppRoutes(ROUTES));
afterEach(() => {
  globalThis.__etalonasRoutePatterns = undefined;
});

describe("safeRedirect", () => {
  it("follows the app's own paths, with a query", () => {
    for (const to of [
      "/",
      "/audits",
      "/audits/12",
      "/audits/12/edit",
      "/audits?status=draft&page=2",
      "/admin/export.csv",
      "/admin/import/0b6c-4f1e",
    ])
      expect(safeRedirect(to)).toBe(to);
  });

  it("refuses the probe's tab trick and the other characters browsers drop or repair", () => {
    expect(safeRedirect(decodeURIComponent("%2F%09%2Fevil.example%2Fphish"))).toBe("/");
    for (const to of [
      "/\t/evil.example",
      "/\r\n/evil.example",
      "/\n/evil.example",
      "/\\evil.example",
      "/\\/evil.example",
      "/audits\\..\\x",
      "/ /evil.example",
      "/\0/evil.example",
    ])
      expect(safeRedirect(to)).toBe("/");
  });

  it("refuses other sites, protocol-relative and encoded variants", () => {
    for (const to of [
      "//evil.example",
      "///evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/%2F/evil.example",
      "/%2f%2fevil.example",
      "/%5Cevil.example",
      "/%09/evil.example",
      "/audits/%2e%2e/x",
      "/audits/../x",
      "/audits//12",
      "/audits?next=\\evil",
      "/audits?x=\ty",
      "/audits#\\evil",
    ])
      expect(safeRedirect(to)).toBe("/");
  });

  it("refuses paths that are not routes of the app", () => {
    expect(safeRedirect("/evil.example/phish")).toBe("/");
    expect(safeRedirect("/audits/12/edit/more")).toBe("/");
    expect(safeRedirect("/nowhere", "/audits")).toBe("/audits");
  });

  it("refuses what is not a string, and very long values", () => {
    expect(safeRedirect(null)).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
    expect(safeRedirect("/audits?" + "a".repeat(3000))).toBe("/");
  });

  it("builds full patterns from nested routes", () => {
    const patterns = routePatterns({ root: { path: "" }, a: { parentId: "root", path: "admin" }, b: { parentId: "a", path: "users/:id" } });
    expect(patterns).toContainEqual(["admin", "users", ":id"]);
  });
});
