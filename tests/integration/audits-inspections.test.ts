// Supervisor inspections: own departments only (server-side, per employee id), absent
// employees are not scored, submit publishes every audit and counts it.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import * as walk from "../../app/routes/inspections.$id/route";
import * as start from "../../app/routes/inspections.new/route";
import { aggScores, audits, inspectionAttendance } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle, routeArgs as args, locationOf as location, statusOf as status } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";
import { answersAsForm, auditOrganisation, checklistOf, completeAnswers, newKey } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
beforeAll(async () => {
  org = await auditOrganisation(db);
});

async function begin(departmentId: number, cookie = org.cookies.supervisor) {
  const form = {
    clientKey: newKey(),
    departmentId: String(departmentId),
    appearanceChecklistId: "vmb-appearance",
    workplaceChecklistId: "vmb-workplace",
  };
  const response = await settle(() => start.action(args(postRequest("/inspections/new", form, { cookie }))));
  return { response, id: Number(/\/inspections\/(\d+)/.exec(location(response) ?? "")?.[1]), form };
}
const act = (id: number, form: Record<string, string | string[]>, cookie = org.cookies.supervisor) =>
  settle(() => walk.action(args(postRequest(`/inspections/${id}`, form, { cookie }), { id: String(id) })));

describe("supervisor inspections", () => {
  it("cannot be started for another department", async () => {
    expect(status((await begin(org.other.id)).response)).toBe(404);
    expect(status((await begin(org.own.id, org.cookies.mystery_shopper)).response)).toBe(403);
  });

  it("starts once per form and lists the department's active staff", async () => {
    const { id, form } = await begin(org.own.id);
    const again = await settle(() => start.action(args(postRequest("/inspections/new", form, { cookie: org.cookies.supervisor }))));
    expect(location(again)).toBe(`/inspections/${id}`);
    const data = (await settle(() =>
      walk.loader(args(getRequest(`/inspections/${id}`, { cookie: org.cookies.supervisor }), { id: String(id) })),
    )) as Awaited<ReturnType<typeof walk.loader>>;
    expect(data.staff.map((s) => s.employeeId).sort()).toEqual(org.ownStaff.map((e) => e.id).sort());
    expect(data.subject?.kind).toBe("employee");
  });

  it("refuses another department's employee id and another supervisor's inspection (404)", async () => {
    const { id } = await begin(org.own.id);
    const answers = answersAsForm(completeAnswers(checklistOf(db, "vmb-appearance")));
    expect(status(await act(id, { intent: "employee", employeeId: String(org.otherStaff[0].id), ...answers }))).toBe(404);
    expect(status(await act(id, { intent: "absent", employeeId: String(org.otherStaff[0].id) }))).toBe(404);
    expect(
      status(
        await settle(() =>
          walk.loader(
            args(getRequest(`/inspections/${id}?employee=${org.otherStaff[0].id}`, { cookie: org.cookies.supervisor }), { id: String(id) }),
          ),
        ),
      ),
    ).toBe(404);
    const colleague = await makeUser(db, "supervisor", { departmentIds: [org.own.id] });
    const cookie = sessionFor(db, colleague.id);
    expect(status(await act(id, { intent: "absent", employeeId: String(org.ownStaff[0].id) }, cookie))).toBe(404);
    expect(status(await settle(() => walk.loader(args(getRequest(`/inspections/${id}`, { cookie }), { id: String(id) }))))).toBe(404);
    expect(db.select().from(audits).where(eq(audits.inspectionId, id)).all()).toEqual([]);
  });

  it("walks through the staff, marks one absent, and publishes everything on submit", async () => {
    const { id } = await begin(org.own.id);
    const appearance = checklistOf(db, "vmb-appearance");
    const [a, b, c] = org.ownStaff;
    // An incomplete checklist is refused with errors and the answers given back.
    const incomplete = (await act(id, {
      intent: "employee",
      employeeId: String(a.id),
      ...answersAsForm(completeAnswers(appearance).slice(1)),
    })) as { answerErrors: unknown[]; answers: unknown[] };
    expect(incomplete.answerErrors.length).toBeGreaterThan(0);
    expect(incomplete.answers.length).toBeGreaterThan(0);
    expect(location(await act(id, { intent: "employee", employeeId: String(a.id), ...answersAsForm(completeAnswers(appearance)) }))).toBe(
      `/inspections/${id}`,
    );
    const lowered = completeAnswers(appearance, { "vmb.look.clothing_men": { choice: "no", comment: "Sportinė apranga" } });
    expect(location(await act(id, { intent: "employee", employeeId: String(b.id), ...answersAsForm(lowered) }))).toBe(`/inspections/${id}`);
    // Submitting before everyone is done is refused.
    expect(((await act(id, { intent: "submit" })) as { error: string }).error).toBe("inspections.error.pending");
    await act(id, { intent: "absent", employeeId: String(c.id) });
    expect(((await act(id, { intent: "submit" })) as { error: string }).error).toBe("inspections.error.workplace");
    await act(id, { intent: "workplace", ...answersAsForm(completeAnswers(checklistOf(db, "vmb-workplace"))) });
    expect(location(await act(id, { intent: "submit" }))).toBe("/audits");
    expect(location(await act(id, { intent: "submit" }))).toBe("/audits");

    const made = db.select().from(audits).where(eq(audits.inspectionId, id)).all();
    expect(made).toHaveLength(3);
    expect(made.every((x) => x.state === "published" && x.auditType === "supervisor" && x.publishedAt)).toBe(true);
    expect(made.find((x) => x.employeeId === b.id)!.score).toBeLessThan(100);
    expect(made.some((x) => x.employeeId === c.id)).toBe(false);
    const attendance = db.select().from(inspectionAttendance).where(eq(inspectionAttendance.inspectionId, id)).all();
    expect(attendance.find((r) => r.employeeId === c.id)?.status).toBe("absent");
    const agg = db.select().from(aggScores).where(eq(aggScores.auditType, "supervisor")).all();
    expect(agg.reduce((n, r) => n + r.audits, 0)).toBe(3);
    expect(status(await act(id, { intent: "absent", employeeId: String(a.id) }))).toBe(200);
  });

  it("takes one column of the appearance table per employee, and a late opening as negative minutes", async () => {
    const { id } = await begin(org.own.id);
    const appearance = checklistOf(db, "vmb-appearance");
    const [a] = org.ownStaff;
    // Both columns answered: refused at the items of the smaller column, nothing saved.
    const mixed = completeAnswers(appearance, { "vmb.look.hair_women": { choice: "yes" } });
    const refused = (await act(id, { intent: "employee", employeeId: String(a.id), ...answersAsForm(mixed) })) as {
      answerErrors: { key: string; code: string }[];
    };
    expect(refused.answerErrors.map((e) => [e.key, e.code])).toEqual([["vmb.look.hair_women", "mixed_columns"]]);
    expect(db.select().from(audits).where(eq(audits.inspectionId, id)).all()).toEqual([]);
    // The women's column answered and the men's N/A is as good as the other way round.
    const women = appearance.sections
      .flatMap((s) => s.items)
      .map((item) =>
        item.column === "men"
          ? { key: item.key, choice: "na" as const }
          : item.column === "women"
            ? { key: item.key, choice: "yes" as const }
            : completeAnswers(appearance).find((x) => x.key === item.key)!,
      );
    expect(location(await act(id, { intent: "employee", employeeId: String(a.id), ...answersAsForm(women) }))).toBe(`/inspections/${id}`);
    for (const other of org.ownStaff.slice(1)) await act(id, { intent: "absent", employeeId: String(other.id) });
    // Opened 3 minutes late: "-3" is accepted and fails the 5-minutes-early rule.
    const late = completeAnswers(checklistOf(db, "vmb-workplace"), {
      "vmb.premises.opened_early": { number: -3, comment: "Atidaryta 3 min. po darbo pradžios" },
    });
    expect(location(await act(id, { intent: "workplace", ...answersAsForm(late) }))).toBe(`/inspections/${id}`);
    expect(location(await act(id, { intent: "submit" }))).toBe("/audits");
    const made = db.select().from(audits).where(eq(audits.inspectionId, id)).all();
    expect(made.find((x) => x.employeeId === a.id)?.score).toBe(100);
    expect(made.find((x) => x.employeeId === null)?.score).toBeLessThan(100);
  });
});
