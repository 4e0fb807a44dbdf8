// The autosave endpoint of the fill-in form (JavaScript only): saves the draft and answers
// JSON, so a lost connection is a failed fetch the form can handle, never an error page.
import type { ActionFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { getDb } from "~/db.server";
import { answersFromForm } from "~/domain/audit-form/fields";
import { notFound, requireRole } from "~/lib/auth.server";
import { methodNotAllowed } from "~/lib/http-errors";
import { requireIdParam } from "~/lib/params";
import { getEditableAudit, saveDraft } from "~/models/audits/draft.server";

export function loader() {
  throw methodNotAllowed();
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ["mystery_shopper"]);
  const id = requireIdParam(params.id);
  const db = getDb();
  const editable = getEditableAudit(db, user, id);
  if (!editable) throw notFound();
  if (editable === "closed") return data({ closed: true }, { status: 409 });
  const form = await request.formData();
  const answers = answersFromForm(editable.checklist, (name) => form.getAll(name).map(String));
  const overall = form.get("overallComment");
  const { errors } = saveDraft(db, user, id, answers, overall === null ? {} : { overallComment: String(overall).slice(0, 4000) });
  return Response.json({ savedAt: Date.now(), errors: errors.length });
}
