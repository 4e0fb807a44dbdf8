// The access matrix: every route × every role (and signed out) → the expected outcome,
// run against the real built app. A route of the build that no row covers fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import { dataFingerprint, outcomeOf, otherOrgOutcome, rowLabel, rowRequest, rows, startAccessApp, type AccessApp } from "./harness";
import { ALL, ORG_WHO } from "./types";

let app: AccessApp;

beforeAll(async () => {
  app = await startAccessApp();
});

describe("access matrix", () => {
  it("covers every route of the app", () => {
    const covered = new Set(rows.map((r) => r.route));
    const missing = Object.keys(app.build.routes).filter((id) => id !== "root" && !covered.has(id));
    expect(missing, "routes with no row in tests/access/routes.*.ts").toEqual([]);
  });

  for (const row of rows) {
    for (const who of ALL) {
      it(`${rowLabel(row, who)} → ${row.expect[who]}`, async () => {
        const before = row.method === "POST" ? dataFingerprint(app.db) : "";
        const response = await app.handle(rowRequest(row, app.fixtures, app.cookies[who]));
        const outcome = outcomeOf(response);
        expect(outcome).toBe(row.expect[who]);
        // A refused write changes nothing.
        if (row.method === "POST" && (outcome === 403 || outcome === 404 || outcome === "login" || outcome === 405))
          expect(dataFingerprint(app.db)).toBe(before);
      });
    }
  }
});

// The same rows for the users of a second organisation: the first one's objects do not exist
// for them, their lists and pages show nothing of it, and their refused writes change nothing.
describe("access matrix, another organisation", () => {
  /** Names that only the first organisation's data holds: a page of the other one must not show them. */
  const foreignMarkers = () => [
    new RegExp(`${app.org.own.name}(?!\\d)`),
    new RegExp(`${app.org.other.name}(?!\\d)`),
    /Savaitė|Matricaitis|Aptarnaujanti/,
  ];
  for (const row of rows) {
    for (const who of ORG_WHO) {
      const expected = () => otherOrgOutcome(row, who);
      it(`${rowLabel(row, who)} of another organisation`, async () => {
        const before = row.method === "POST" ? dataFingerprint(app.db) : "";
        const response = await app.handle(rowRequest(row, app.fixtures, app.otherCookies[who], "198.51.100.9"));
        const outcome = outcomeOf(response);
        expect(outcome).toBe(expected());
        if (outcome === 200 && (response.headers.get("Content-Type") ?? "").match(/html|csv|json/)) {
          const body = await response.text();
          for (const marker of foreignMarkers()) expect(body, `${marker} on ${rowLabel(row, who)}`).not.toMatch(marker);
        }
        if (row.method === "POST" && outcome !== 302 && outcome !== 200) expect(dataFingerprint(app.db)).toBe(before);
      });
    }
  }
});
