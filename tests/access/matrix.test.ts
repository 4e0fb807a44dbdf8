// The access matrix: every route × every role (and signed out) → the expected outcome,
// run against the real built app. A route of the build that no row covers fails the test.
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, rowLabel, rowRequest, rows, startAccessApp, type AccessApp } from "./harness";
import { ALL } from "./types";

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
        const response = await app.handle(rowRequest(row, app.fixtures, app.cookies[who]));
        expect(outcomeOf(response)).toBe(row.expect[who]);
      });
    }
  }
});
