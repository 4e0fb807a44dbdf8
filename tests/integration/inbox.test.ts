// The in-app inbox: who is told what (audit sent back → its shopper; dispute opened → the
// department's supervisors and leadership; decided → the employee and the shopper), the
// unread count, opening a message (read, then its page), and another user's message (404).
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { currentVersionId } from "../../app/models/audits/checklists.server";
import { returnAudit } from "../../app/models/audits/review.server";
import { insertCompletedAudit } from "../../app/models/audits/store.server";
import { decideDispute, openDispute } from "../../app/models/disputes/dispute.server";
import { unreadCount } from "../../app/models/notifications/inbox.server";
import * as inbox from "../../app/routes/inbox/route";
import * as root from "../../app/root";
import { notifications } from "../../db/schema";
import { testDb } from "../helpers/db";
import { getRequest, postRequest, settle, routeArgs as args, locationOf as location, statusOf as status } from "../helpers/requests";
import { makeUser, sessionFor } from "../helpers/users";
import { auditOrganisation, checklistOf, completeAnswers } from "./audits-fixtures";

const db = testDb();
let org: Awaited<ReturnType<typeof auditOrganisation>>;
const K = "vmb.greet.greets_first";

const messagesOf = (userId: number) => db.select().from(notifications).where(eq(notifications.userId, userId)).all();

function audit(state: "submitted" | "published") {
  return insertCompletedAudit(db, {
    checklistVersionId: currentVersionId(db, "vmb-in-person")!,
    auditType: "mystery_shopper",
    channel: "in_person",
    departmentId: org.own.id,
    employeeId: org.ownStaff[0].id,
    auditorId: org.users.mystery_shopper.id,
    actorId: org.users.mystery_shopper.id,
    interactionAt: Date.now() - 86_400_000,
    answers: completeAnswers(checklistOf(db, "vmb-in-person"), { [K]: { choice: "no", comment: "Nepasisveikino" } }),
    state,
  });
}

beforeAll(async () => {
  org = await auditOrganisation(db);
});

describe("who is told", () => {
  it("tells the shopper of an audit sent back, with a link to correct it", () => {
    const a = audit("submitted");
    returnAudit(db, org.session("leadership"), a.id, "Patikslinkite laiką");
    const [message] = messagesOf(org.users.mystery_shopper.id).filter((m) => m.params.audit === String(a.id));
    expect(message).toMatchObject({ kind: "audit_returned", link: `/audits/${a.id}/edit`, readAt: null });
    // No score, no comment, no names: the number of the audit only.
    expect(message.params).toEqual({ audit: String(a.id) });
  });

  it("tells the department's supervisors and leadership of a dispute, and the employee and the shopper of the decision", async () => {
    const otherSupervisor = await makeUser(db, "supervisor", { departmentIds: [org.other.id], orgId: org.orgId });
    const a = audit("published");
    const disputeId = openDispute(db, org.session("employee"), a.id, [
      { itemKey: K, proposed: { key: K, choice: "yes" }, reason: "Pasisveikinau." },
    ]);
    const opened = (userId: number) => messagesOf(userId).filter((m) => m.kind === "dispute_opened" && m.link === `/disputes/${disputeId}`);
    expect(opened(org.users.supervisor.id)).toHaveLength(1);
    expect(opened(org.users.leadership.id)).toHaveLength(1);
    expect(opened(otherSupervisor.id)).toHaveLength(0);
    expect(opened(org.users.employee.id)).toHaveLength(0);

    decideDispute(db, org.session("leadership"), disputeId, [
      { itemKey: K, outcome: "rejected", corrected: null, reason: "Pastaba išsami." },
    ]);
    const decided = (userId: number) => messagesOf(userId).filter((m) => m.kind === "dispute_decided" && m.params.audit === String(a.id));
    expect(decided(org.users.employee.id).map((m) => m.link)).toEqual([`/disputes/${disputeId}`]);
    expect(decided(org.users.mystery_shopper.id).map((m) => m.link)).toEqual([`/audits/${a.id}`]);
    expect(decided(org.users.supervisor.id)).toHaveLength(0);
  });
});

describe("the inbox page", () => {
  it("counts unread messages in the menu, opens one as read, marks all read", async () => {
    const shopper = org.users.mystery_shopper;
    const cookie = org.cookies.mystery_shopper;
    const unread = unreadCount(db, shopper.id);
    expect(unread).toBeGreaterThan(0);
    const rootData = (await root.loader(args(getRequest("/inbox", { cookie })))) as unknown as { data: { unread: number } };
    expect(rootData.data.unread).toBe(unread);

    const page = (await inbox.loader(args(getRequest("/inbox", { cookie })))) as Awaited<ReturnType<typeof inbox.loader>>;
    const first = page.messages[0];
    const opened = await settle(() => inbox.action(args(postRequest("/inbox", { intent: "open", id: String(first.id) }, { cookie }))));
    expect(location(opened)).toBe(first.link);
    expect(unreadCount(db, shopper.id)).toBe(unread - 1);

    // Someone else's message does not exist for this user, and stays unread.
    const foreign = messagesOf(org.users.leadership.id)[0];
    expect(
      status(await settle(() => inbox.action(args(postRequest("/inbox", { intent: "open", id: String(foreign.id) }, { cookie }))))),
    ).toBe(404);
    expect(
      db
        .select()
        .from(notifications)
        .where(and(eq(notifications.id, foreign.id)))
        .get()!.readAt,
    ).toBeNull();

    expect(location(await settle(() => inbox.action(args(postRequest("/inbox", { intent: "readAll" }, { cookie })))))).toBe("/inbox");
    expect(unreadCount(db, shopper.id)).toBe(0);
    expect(unreadCount(db, org.users.leadership.id)).toBeGreaterThan(0);
  });

  it("refuses an unknown intent and a malformed id", async () => {
    const cookie = sessionFor(db, org.users.employee.id);
    expect(status(await settle(() => inbox.action(args(postRequest("/inbox", { intent: "delete" }, { cookie })))))).toBe(400);
    expect(status(await settle(() => inbox.action(args(postRequest("/inbox", { intent: "open", id: "x" }, { cookie })))))).toBe(404);
  });
});
