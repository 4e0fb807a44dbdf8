// The fill-in form of a mystery shopper's own draft (or returned) audit. Works without
// JavaScript ("save draft" and "submit" buttons, this action); with it, the form is local
// first: changes go to the device's copy and through the field sync (../audits.$id_.autosave),
// which never replaces the form with an error page.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useRef } from "react";
import { ChecklistFields, ErrorSummary, errorsByItem } from "~/components/audit/checklist-fields";
import { SyncConflicts } from "~/components/audit/sync-conflicts";
import { SyncStatus } from "~/components/audit/sync-status";
import { DeleteDraft } from "~/components/audit/delete-draft";
import { useFieldSync } from "~/components/audit/use-field-sync";
import { getDb, type Db } from "~/db.server";
import { answersFromForm } from "~/domain/audit-form/fields";
import { notFound, requireRole, type SessionUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { getChecklistVersion } from "~/models/audits/checklists.server";
import { deleteDraft, getEditableAudit, getEditableAuditRow, saveAndSubmit, saveDraft } from "~/models/audits/draft.server";
import { auditErrorResult } from "~/models/audits/errors.server";
import { autocheckAudit, readSuggestions } from "~/models/audits/autocheck.server";
import { AutocheckPanel, autocheckError } from "./autocheck-panel";
import { findScenario, protocolFor } from "~/models/checklists/scenario-library.server";
import { ShopperBrief } from "~/components/audit/shopper-brief";
import styles from "~/styles/audits.css";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.auditFill");

/** The signed-in shopper and their editable audit's data from `read`: 404 when not theirs, the record when closed. */
function load<T>(request: Request, idParam: string | undefined, read: (db: Db, user: SessionUser, id: number) => T | "closed" | undefined) {
  const user = requireRole(request, ["mystery_shopper"]);
  const id = requireIdParam(idParam);
  const data = read(getDb(), user, id);
  if (data === undefined) throw notFound();
  if (data === "closed") throw redirect(`/audits/${id}`);
  return { user, id, data };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { data } = load(request, params.id, getEditableAudit);
  const { audit } = data;
  const scenario = findScenario(audit.scenarioKey);
  return {
    protocol: protocolFor(audit.channel),
    scenario: scenario
      ? { title: scenario.title, brief: scenario.brief, preparation: scenario.preparation, hasNa: scenario.not_applicable.length > 0 }
      : null,
    answerKeys: scenario?.answer_keys ?? {},
    audit: {
      id: audit.id,
      state: audit.state,
      updatedAt: audit.updatedAt,
      revision: audit.revision,
      reviewComment: audit.reviewComment,
      overallComment: audit.overallComment,
      interactionAt: audit.interactionAt,
      channel: audit.channel,
      location: audit.location,
    },
    checklist: data.checklist,
    answers: data.answers,
    suggestions: readSuggestions(getDb(), audit.id),
    departmentName: data.departmentName,
    employeeName: data.employeeName ?? audit.unknownEmployeeDescription,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  // Only the audit row: the page's names and saved answers are not needed to save or submit
  // (the model re-checks ownership and state inside its transaction).
  const { user, id, data: audit } = load(request, params.id, getEditableAuditRow);
  const form = await request.formData();
  if (form.get("intent") === "autocheck") return runAutocheck(user, id, audit.channel, form);
  if (form.get("intent") === "delete") {
    try {
      deleteDraft(getDb(), user, id);
    } catch (error) {
      return data(auditErrorResult(error), { status: 400 });
    }
    return redirectWithMessage("/audits", "audits.form.deleted");
  }
  const checklist = getChecklistVersion(getDb(), audit.checklistVersionId);
  const answers = answersFromForm(checklist, (name) => form.getAll(name).map(String));
  const details = { overallComment: String(form.get("overallComment") ?? "").slice(0, 4000) };
  // The revision the page was rendered with: a post over a newer revision (another tab) is refused, not applied.
  const revision = Number(form.get("revision"));
  const sync = { baseRevision: form.has("revision") && Number.isInteger(revision) && revision >= 0 ? revision : undefined };
  const db = getDb();
  try {
    if (form.get("intent") === "submit") {
      const result = saveAndSubmit(db, user, id, answers, details, sync);
      if (result.status === "stale") return data({ error: "audits.error.stale" as const, answerErrors: [] }, { status: 409 });
      if (result.status === "invalid") return { answerErrors: result.errors };
      return redirectWithMessage(`/audits/${id}`, result.status === "submitted" ? "audits.form.submitted" : "audits.form.alreadySubmitted");
    }
    const saved = saveDraft(db, user, id, answers, details, sync);
    if (saved.status === "stale") return data({ error: "audits.error.stale" as const, answerErrors: [] }, { status: 409 });
    const { errors } = saved;
    if (errors.length) return { answerErrors: errors };
    return redirectWithMessage(`/audits/${id}/edit`, "audits.form.saved");
  } catch (error) {
    return auditErrorResult(error);
  }
}

/** The automatic checker's panel: .eml files or pasted text (e-mail), a pasted transcript (other channels). */
async function runAutocheck(user: SessionUser, id: number, channel: string, form: FormData) {
  const text = String(form.get("autocheckText") ?? "").slice(0, 200_000);
  const files = await Promise.all(
    form
      .getAll("autocheckFiles")
      .filter((f): f is File => typeof f === "object" && f.size > 0)
      .map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
  try {
    const result = await autocheckAudit(
      getDb(),
      user,
      id,
      channel === "email" ? { kind: "email", files, text } : { kind: "transcript", text },
    );
    if (!result.ok) return data({ autocheck: autocheckError(result) }, { status: 400 });
    if (result.suggested === 0) return redirectWithMessage(`/audits/${id}/edit`, "audits.autocheck.none");
    return redirectWithMessage(`/audits/${id}/edit`, "audits.autocheck.done", { count: result.suggested, filled: result.filled });
  } catch (error) {
    return data(auditErrorResult(error), { status: 400 });
  }
}

export default function AuditFormPage() {
  const { t, dateTime } = useI18n();
  const { audit, checklist, answers, suggestions, departmentName, employeeName, protocol, scenario, answerKeys } =
    useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const { locale } = useI18n();
  const sync = useFieldSync(formRef, {
    storeKey: `audit:${audit.id}`,
    url: `/audits/${audit.id}/autosave`,
    checklist,
    revision: audit.revision,
    answers,
    overallComment: audit.overallComment,
    decimal: locale === "lt" ? "," : ".",
  });
  const errors = errorsByItem(sync.errors ?? (result && "answerErrors" in result ? result.answerErrors : undefined));
  const busy = navigation.state === "submitting" || Boolean(sync.record?.submit);
  return (
    <div className="audit-form">
      <h1>{t("audits.form.title", { title: checklistName(checklist, locale) })}</h1>
      <p className="muted">
        {departmentName} · {employeeName} · {t(`audits.channel.${audit.channel}`)} · {dateTime(audit.interactionAt)}
      </p>
      {audit.state === "returned" && audit.reviewComment ? (
        <p className="notice" data-testid="returned-notice">
          {t("audits.form.returnedNotice", { comment: audit.reviewComment })}
        </p>
      ) : null}
      <ShopperBrief channel={t(`audits.channel.${audit.channel}`)} protocol={protocol} scenario={scenario} />
      <p>{t("audits.form.intro")}</p>
      {result && "error" in result ? (
        <p className="alert" role="alert">
          {t(result.error)}
        </p>
      ) : null}
      <AutocheckPanel channel={audit.channel} error={result && "autocheck" in result ? result.autocheck : undefined} busy={busy} />
      <ErrorSummary errors={errors} result={sync.errors ?? result} />
      <SyncConflicts conflicts={sync.record?.conflicts ?? []} checklist={checklist} onResolve={sync.resolve} />
      <Form method="post" ref={formRef} onChange={sync.onChange} onSubmit={sync.onSubmit} noValidate data-testid="audit-form">
        <input type="hidden" name="revision" value={audit.revision} />
        {/* Keyed by the draft's revision: the inputs are uncontrolled, so answers the server
            filled in (the automatic check) appear only in fresh inputs. */}
        <ChecklistFields
          key={audit.revision}
          checklist={checklist}
          answers={answers}
          errors={errors}
          answerKeys={answerKeys}
          suggestions={suggestions}
        />
        <div className="field">
          <label htmlFor="overallComment">{t("audits.field.overallComment")}</label>
          <textarea id="overallComment" name="overallComment" defaultValue={audit.overallComment ?? ""} maxLength={4000} />
        </div>
        <div className="audit-actions">
          <SyncStatus record={sync.record} phase={sync.phase} restored={sync.restored} />
          <button type="submit" name="intent" value="save" className="secondary" disabled={busy} data-testid="save-draft">
            {t("audits.form.saveDraft")}
          </button>
          <button type="submit" name="intent" value="submit" className="primary" disabled={busy} data-testid="submit-audit">
            {t("audits.form.submit")}
          </button>
        </div>
      </Form>
      {audit.state === "draft" ? <DeleteDraft storeKey={`audit:${audit.id}`} /> : null}
    </div>
  );
}
