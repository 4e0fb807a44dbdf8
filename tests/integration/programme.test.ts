// The programme view (issue 16) on a real database: a programme viewer sees the stage scores
// of the organisations granted to them and nothing of the others; other roles get 403; the
// stage sums the audit store keeps equal a rebuild and the audits' own answers.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../app/db.server";
import type { Checklist } from "../../app/domain/checklists/schema";
import { auditStageScores } from "../../app/domain/programme/score";
import { stageItems } from "../../app/domain/programme/stage-items";
import type { RawAnswer } from "../../app/domain/scoring";
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import { rebuildAggregates } from "../../app/models/audits/aggregates.server";
import { currentVersionId, getChecklistVersion } from "../../app/models/audits/checklists.server";
import { insertCompletedAudit, withAuditStore } from "../../app/models/audits/store.server";
import { getAuditRow } from "../../app/models/audits/audit.server";
import { syncChecklists } from "../../app/models/checklists/sync.server";
import { rebuildStageScoresIfPending, STAGE_REBUILD_SETTING } from "../../app/models/programme/backfill.server";
import { programmeComparison } from "../../app/models/programme/view.server";
import { loader } from "../../app/routes/programme._index/route";
import { departments, organisations, settings, userOrganisations, type Role } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, settle, statusOf } from "../helpers/requests";
import { makeUser, sessionFor, testOrgId } from "../helpers/users";
import { completeAnswers } from "./audits-fixtures";

let db: Db;
const ids = { vmb: 0, kmsa: 0, third: 0 };
const depts = { vmb: 0, kmsa: 0, third: 0 };
const cookies = {} as Record<Role, string>;
const userIds = {} as Record<Role, number>;
// 2026-05-15 12:00 UTC: May in Vilnius.
const MAY = Date.UTC(2026, 4, 15, 12);

const checklist = (id: string): { versionId: string; checklist: Checklist } => {
  const versionId = currentVersionId(db, id)!;
  return { versionId, checklist: getChecklistVersion(db, versionId) };
};

function audit(org: keyof typeof ids, checklistId: string, overrides: Record<string, Omit<RawAnswer, "key">> = {}, at = MAY) {
  const { versionId, checklist: c } = checklist(checklistId);
  return insertCompletedAudit(db, {
    checklistVersionId: versionId,
    auditType: c.audit_types[0],
    channel: c.channels[0],
    departmentId: depts[org],
    employeeId: null,
    auditorId: null,
    interactionAt: at,
    answers: completeAnswers(c, overrides),
    state: "published",
    actorId: null,
  });
}

const viewOf = async (role: Role, path = "/programme?from=2026-01&to=2026-12") => {
  const result = await settle(() => loader({ request: getRequest(path, { cookie: cookies[role] }), params: {}, context: {} }));
  return result as Awaited<ReturnType<typeof loader>> | Response;
};

const snapshot = () => db.all<Record<string, number | string>>(sql`SELECT * FROM agg_stage_scores ORDER BY month, org_id, stage`);

beforeAll(async () => {
  db = testDb();
  syncChecklists(db, loadChecklistFiles());
  const org = (code: string, name: string, standards: string[]) =>
    db.insert(organisations).values({ code, name, standards }).returning().get().id;
  ids.vmb = org("VMB", "SĮ „Vilniaus miesto būstas“", ["VMB"]);
  ids.kmsa = org("KMSA", "Kauno miesto savivaldybės administracija", ["KMSA"]);
  ids.third = org("TRE", "Trečioji įstaiga", ["VMB"]);
  for (const key of ["vmb", "kmsa", "third"] as const)
    depts[key] = db
      .insert(departments)
      .values({ orgId: ids[key], code: `D${key}`, name: `Skyrius ${key}` })
      .returning()
      .get().id;
  for (const role of ["programme_viewer", "platform_admin", "admin", "leadership", "supervisor", "mystery_shopper", "employee"] as const) {
    const user = await makeUser(db, role);
    userIds[role] = user.id;
    cookies[role] = sessionFor(db, user.id);
  }
  db.insert(userOrganisations)
    .values([
      { userId: userIds.programme_viewer, orgId: ids.vmb },
      { userId: userIds.programme_viewer, orgId: ids.kmsa },
    ])
    .run();

  // VMB: three greeting stages at 100 and one with a broken greeting rule; KMSA: three with the
  // needs stage partly; the third organisation: audits the programme viewer must never see.
  audit("vmb", "vmb-in-person");
  audit("vmb", "vmb-in-person");
  audit("vmb", "vmb-in-person", { "vmb.greet.greets_first": { choice: "no", comment: "Nepasisveikino." } });
  // A critical failure: the audit scores 0, its stage scores stay what its answers say.
  audit("vmb", "vmb-in-person", { "vmb.conf.no_private_info": { choice: "no", comment: "Aptarė kaimyno skolą." } });
  audit("kmsa", "kmsa-in-person", { "kmsa.needs.questions": { choice: "partial", comment: "Vienas klausimas." } });
  audit("kmsa", "kmsa-in-person");
  audit("kmsa", "kmsa-phone");
  audit("third", "vmb-in-person", { "vmb.greet.greets_first": { choice: "no", comment: "Ne." } });
  audit("third", "vmb-phone");
  // Another month and a conflict audit (stages "none" only): no stage rows of its own.
  audit("vmb", "vmb-conflict", {}, Date.UTC(2026, 5, 10, 12));
});

describe("programme view", () => {
  it("a programme viewer sees only the organisations granted to them, organisation-level stage scores only", async () => {
    const view = await viewOf("programme_viewer");
    expect(view).not.toBeInstanceOf(Response);
    const { comparison, empty } = view as Exclude<typeof view, Response>;
    expect(empty).toBe(false);
    expect(comparison.orgs.map((o) => o.id).sort()).toEqual([ids.vmb, ids.kmsa].sort());
    expect(comparison.orgs.find((o) => o.id === ids.kmsa)!.standards).toEqual(["KMSA"]);
    for (const stage of comparison.stages) for (const cell of comparison.cells[stage]) expect([ids.vmb, ids.kmsa]).toContain(cell.orgId);
    const cell = (stage: "greeting" | "needs" | "phone", org: number) => comparison.cells[stage].find((c) => c.orgId === org)!;
    expect(cell("greeting", ids.vmb)).toMatchObject({ n: 4, tooFew: false });
    expect(cell("greeting", ids.vmb).mean!).toBeLessThan(100);
    expect(cell("greeting", ids.kmsa)).toMatchObject({ n: 2, mean: 100, tooFew: true, rank: null });
    expect(cell("needs", ids.kmsa).mean!).toBeLessThan(100);
    expect(cell("phone", ids.kmsa)).toMatchObject({ n: 1, tooFew: true });
    expect(cell("phone", ids.vmb)).toMatchObject({ n: 0, mean: null });
    // Nothing in the answer names an employee, a department or a rule.
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/Skyrius|vmb\.greet|kmsa\.needs|departmentId|employee/);
  });

  it("a critical failure does not zero the stage scores", () => {
    const { versionId, checklist: c } = checklist("vmb-in-person");
    const answers = completeAnswers(c, { "vmb.conf.no_private_info": { choice: "no", comment: "x" } });
    const values = answers.map((a) => [a.key, a.choice === "na" ? null : a.choice === "no" ? 0 : 1] as const);
    const scores = auditStageScores(values, stageItems(getChecklistVersion(db, versionId)));
    expect(scores.get("greeting")).toBe(100);
  });

  it("a platform administrator sees every organisation; every other role gets 403", async () => {
    const all = (await viewOf("platform_admin")) as Exclude<Awaited<ReturnType<typeof viewOf>>, Response>;
    // Every organisation: the three above and the test organisation the other roles' users belong to.
    const every = db
      .select({ id: organisations.id })
      .from(organisations)
      .all()
      .map((o) => o.id);
    expect(every).toEqual(expect.arrayContaining([ids.vmb, ids.kmsa, ids.third, testOrgId(db)]));
    expect(all.comparison.orgs.map((o) => o.id).sort()).toEqual(every.sort());
    for (const role of ["admin", "leadership", "supervisor", "mystery_shopper", "employee"] as const)
      expect(statusOf(await viewOf(role)), role).toBe(403);
    const anonymous = await settle(() => loader({ request: getRequest("/programme"), params: {}, context: {} }));
    expect(statusOf(anonymous)).toBe(302);
  });

  it("a programme viewer without organisations sees none, whatever the data", () => {
    const nobody = { role: "programme_viewer" as const, orgIds: [] };
    expect(programmeComparison(db, nobody, { from: "2026-01", to: "2026-12" }).orgs).toEqual([]);
    // The model gives nothing to a role that is not a programme role, even called directly.
    expect(programmeComparison(db, { role: "leadership", orgIds: [ids.vmb] }, { from: "2026-01", to: "2026-12" }).orgs).toEqual([]);
  });

  it("the period filter reads only the months asked for", async () => {
    const june = (await viewOf("platform_admin", "/programme?from=2026-06&to=2026-06")) as Exclude<
      Awaited<ReturnType<typeof viewOf>>,
      Response
    >;
    expect(june.empty).toBe(true);
    expect(june.filters).toEqual({ from: "2026-06", to: "2026-06" });
  });

  it("the maintained stage sums equal a rebuild, also after a re-score and an unpublish", () => {
    const some = db.get<{ id: number }>(sql`SELECT id FROM audits WHERE department_id = ${depts.kmsa} ORDER BY id LIMIT 1`)!;
    withAuditStore(db, (store, tx) => {
      const row = getAuditRow(tx, some.id)!;
      const { checklist: c } = checklist(row.checklistId);
      store.rescore(row, {
        answers: completeAnswers(c, { "kmsa.greet.greets": { choice: "no", comment: "Ne." } }),
        history: { actorId: null, action: "imported" },
      });
    });
    const other = db.get<{ id: number }>(sql`SELECT id FROM audits WHERE department_id = ${depts.third} ORDER BY id LIMIT 1`)!;
    withAuditStore(db, (store, tx) =>
      store.change(getAuditRow(tx, other.id)!, { state: "returned" }, { actorId: null, action: "returned" }),
    );
    const maintained = snapshot();
    expect(maintained.length).toBeGreaterThan(5);
    rebuildAggregates(db);
    const rebuilt = snapshot();
    expect(rebuilt.map((r) => [r.month, r.org_id, r.stage, r.audits])).toEqual(
      maintained.map((r) => [r.month, r.org_id, r.stage, r.audits]),
    );
    rebuilt.forEach((r, i) => {
      expect(maintained[i].sum_score as number).toBeCloseTo(r.sum_score as number, 6);
      expect(maintained[i].sum_sq_score as number).toBeCloseTo(r.sum_sq_score as number, 4);
    });
    // No stage rows from the conflict checklist (every section "none").
    expect(rebuilt.filter((r) => r.month === "2026-06")).toEqual([]);
  });

  it("after an upgrade the stage sums of older audits are computed once at start-up", () => {
    const before = snapshot();
    db.run(sql`DELETE FROM agg_stage_scores`);
    db.insert(settings).values({ key: STAGE_REBUILD_SETTING, value: "pending" }).run();
    const lines: string[] = [];
    expect(rebuildStageScoresIfPending(db, (l) => lines.push(l))).toEqual({ stageRows: before.length });
    expect(lines[0]).toMatch(/^Stage scores of the programme view computed: \d+ rows/);
    expect(snapshot().length).toBe(before.length);
    expect(rebuildStageScoresIfPending(db)).toBeNull();
  });
});
