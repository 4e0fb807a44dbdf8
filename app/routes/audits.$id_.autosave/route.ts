// The field sync's endpoint of the fill-in form (JavaScript only): saves the draft or submits
// it and answers JSON, so a lost connection is a failed fetch the form retries, never an
// error page. Every write carries the revision the form started from: a stale one gets 409
// with the server's answers for the form to merge. A submit carries an idempotency key.
import type { ActionFunctionArgs } from "@remix-run/node";
import { getDb } from "~/db.server";
import { answersFromForm } from "~/domain/audit-form/fields";
import { badRequest, notFound, requireRole } from "~/lib/auth.server";
import { flashCookie } from "~/lib/flash.server";
import { methodNotAllowed } from "~/lib/http-errors";
import { requireIdParam } from "~/lib/params";
import { getEditableAudit, saveAndSubmit, saveDraft, type StaleDraft } from "~/models/audits/draft.server";
import { SyncRequestSchema } from "./schema";

export function loader() {
  throw methodNotAllowed();
}

const stale = (s: StaleDraft) =>
  Response.json({ status: "stale", revision: s.revision, answers: s.answers, overallComment: s.overallComment }, { status: 409 });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ["mystery_shopper"]);
  const id = requireIdParam(params.id);
  const db = getDb();
  const editable = getEditableAudit(db, user, id);
  if (!editable) throw notFound();
  const form = await request.formData();
  const parsed = SyncRequestSchema.safeParse(
    Object.fromEntries(["intent", "baseRevision", "submitKey"].map((k) => [k, form.get(k) ?? undefined])),
  );
  if (!parsed.success) throw badRequest();
  const { intent, baseRevision, submitKey } = parsed.data;
  const overall = form.get("overallComment");
  const details = overall === null ? {} : { overallComment: String(overall).slice(0, 4000) };
  if (intent === "submit") {
    const answers = editable === "closed" ? [] : answersFromForm(editable.checklist, (name) => form.getAll(name).map(String));
    const result = saveAndSubmit(db, user, id, answers, details, { baseRevision, submitKey });
    if (result.status === "stale") return stale(result);
    if (result.status === "invalid") return Response.json({ status: "invalid", errors: result.errors });
    const message = result.status === "submitted" ? "audits.form.submitted" : "audits.form.alreadySubmitted";
    return Response.json({ status: result.status, to: `/audits/${id}` }, { headers: { "Set-Cookie": flashCookie(message) } });
  }
  if (editable === "closed") return Response.json({ status: "closed", to: `/audits/${id}` }, { status: 409 });
  const answers = answersFromForm(editable.checklist, (name) => form.getAll(name).map(String));
  const result = saveDraft(db, user, id, answers, details, { baseRevision });
  if (result.status === "stale") return stale(result);
  // The server's clock: the form shows when the server confirmed, and never compares it with the device's.
  return Response.json({ status: "saved", revision: result.revision, confirmedAt: Date.now(), errors: result.errors.length });
}
