// The staff notice (issue 21): every member of the organisation reads how their data is
// handled; the periods shown are the retention settings the purge applies; the
// administrator edits the purpose and the contact, empty meaning the default.
import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "../../app/routes/_index";
import { action as editAction, loader as editLoader } from "../../app/routes/admin.privacy-notice/route";
import { loader as noticeLoader } from "../../app/routes/privacy";
import { saveRetention } from "../../app/models/privacy/retention-settings.server";
import { testDb } from "../helpers/db";
import { getRequest, locationOf, postRequest, routeArgs, settle, statusOf } from "../helpers/requests";
import { makeOrg, makeOrganisation, makeUser, sessionFor } from "../helpers/users";

const db = testDb();
type Notice = Awaited<ReturnType<typeof noticeLoader>>;
const read = async (cookie: string) => (await noticeLoader(routeArgs(getRequest("/privacy", { cookie })))) as Notice;

describe("staff notice", () => {
  it("is linked from the home page of an organisation's member and shows the defaults and the periods in force", async () => {
    const org = await makeOrganisation(db);
    const home = (await homeLoader(routeArgs(getRequest("/", { cookie: org.cookies.employee })))) as { notice: boolean };
    expect(home.notice).toBe(true);
    const first = await read(org.cookies.employee);
    expect(first).toMatchObject({
      canEdit: false,
      notice: { purpose: null, contact: null, retention: { auditsMonths: 60, accessLogMonths: 24, leaversMonths: 12 } },
    });
    saveRetention(db, org.orgId, { auditsMonths: null, accessLogMonths: 36, leaversMonths: 6 }, org.users.admin.id);
    expect((await read(org.cookies.employee)).notice.retention).toEqual({ auditsMonths: null, accessLogMonths: 36, leaversMonths: 6 });
  });

  it("the administrator's texts replace the defaults; empty goes back to them; too long is refused", async () => {
    const org = await makeOrganisation(db, makeOrg(db, "NOTE"));
    const post = (form: Record<string, string>) =>
      settle(() => editAction(routeArgs(postRequest("/admin/privacy-notice", form, { cookie: org.cookies.admin }))));
    const saved = await post({ purpose: "Tikslas.\r\n\r\nPagrindas: viešasis interesas.", contact: "DAP: dap@example.lt" });
    expect(locationOf(saved)).toBe("/privacy");
    expect((await read(org.cookies.supervisor)).notice).toMatchObject({
      purpose: "Tikslas.\n\nPagrindas: viešasis interesas.",
      contact: "DAP: dap@example.lt",
    });
    const tooLong = (await post({ purpose: "x".repeat(5001), contact: "" })) as { init: { status: number } };
    expect(tooLong.init.status).toBe(400);
    expect((await read(org.cookies.admin)).notice.purpose).toBe("Tikslas.\n\nPagrindas: viešasis interesas.");
    await post({ purpose: "", contact: "" });
    expect((await read(org.cookies.admin)).notice).toMatchObject({ purpose: null, contact: null });
    const form = (await editLoader(routeArgs(getRequest("/admin/privacy-notice", { cookie: org.cookies.admin })))) as {
      notice: { purpose: string | null };
    };
    expect(form.notice.purpose).toBeNull();
    // Another organisation's notice is untouched.
    expect((await read(sessionFor(db, (await makeUser(db, "employee")).id))).notice.purpose).toBeNull();
  });

  it("platform roles belong to no organisation: no notice, no link", async () => {
    const platform = await makeUser(db, "platform_admin", { orgId: null });
    const cookie = sessionFor(db, platform.id);
    expect(statusOf(await settle(() => noticeLoader(routeArgs(getRequest("/privacy", { cookie })))))).toBe(403);
    expect(((await homeLoader(routeArgs(getRequest("/", { cookie })))) as { notice: boolean }).notice).toBe(false);
  });
});
