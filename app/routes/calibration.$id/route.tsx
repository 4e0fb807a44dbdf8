// One calibration session: the material, the blind form for each invited auditor, the
// coordinator's reference answers and close button, and after closing the results.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { answersFromForm } from "~/domain/audit-form/fields";
import { checklistName } from "~/domain/checklists/name";
import type { MessageKey } from "~/i18n";
import { notFound, requireRole, type SessionUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { CalibrationError, sessionFor } from "~/models/calibration/access.server";
import { sessionChecklist, submitCalibrationAnswers } from "~/models/calibration/fill.server";
import { addNote, closeSession, setReferences } from "~/models/calibration/manage.server";
import { getSessionView } from "~/models/calibration/results.server";
import styles from "~/styles/audits.css";
import calibrationStyles from "~/styles/calibration.css";
import { FillForm } from "./components/fill-form";
import { Notes } from "./components/notes";
import { REFERENCE_FIELD, ReferenceForm } from "./components/reference-form";
import { SessionResults } from "./components/results";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: calibrationStyles },
];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.calibrationSession");

const ROLES = ["admin", "leadership", "supervisor", "mystery_shopper"] as const;

/** Runs a model call; a session outside the user's reach is a 404, a refused step a message. */
function attempt<T>(fn: () => T): T | { error: MessageKey } {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof CalibrationError)) throw error;
    if (error.messageKey === "not_found") throw notFound();
    return { error: error.messageKey };
  }
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ROLES);
  const view = attempt(() => getSessionView(getDb(), user, requireIdParam(params.id)));
  if ("error" in view) throw notFound();
  return view;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ROLES);
  const id = requireIdParam(params.id);
  const form = await request.formData();
  const result = attempt(() => act(user, id, String(form.get("intent") ?? ""), form));
  if (result instanceof Response) return result;
  return data(result, { status: 400 });
}

function act(user: SessionUser, id: number, intent: string, form: FormData) {
  const db = getDb();
  const to = `/calibration/${id}`;
  switch (intent) {
    case "submit": {
      const { session } = sessionFor(db, user, id);
      const answers = answersFromForm(sessionChecklist(db, session), (name) => form.getAll(name).map(String));
      const result = submitCalibrationAnswers(db, user, id, answers);
      if (result.status === "invalid") return { answerErrors: result.errors, answers };
      return redirectWithMessage(to, "calibration.fill.submitted");
    }
    case "reference": {
      const values = new Map<string, number>();
      for (const [name, value] of form) {
        if (typeof value === "string" && name.startsWith(REFERENCE_FIELD("")) && value !== "")
          values.set(name.slice(REFERENCE_FIELD("").length), Number(value));
      }
      setReferences(db, user, id, values);
      return redirectWithMessage(to, "calibration.reference.saved");
    }
    case "close":
      closeSession(db, user, id);
      return redirectWithMessage(to, "calibration.closed");
    case "note": {
      addNote(db, user, id, String(form.get("itemKey") ?? "") || null, String(form.get("text") ?? "").slice(0, 4000));
      return redirectWithMessage(to, "calibration.notes.added");
    }
    default:
      throw notFound();
  }
}

export default function CalibrationSessionPage() {
  const { t, locale, date } = useI18n();
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { session, checklist, coordinator } = view;
  const open = session.state === "open";
  const error = result && "error" in result ? result.error : undefined;
  return (
    <>
      <h1>{session.title}</h1>
      <p className="muted">
        {t("calibration.session.meta", {
          checklist: checklistName(checklist, locale),
          department: view.departmentName,
          deadline: date(session.deadline),
        })}{" "}
        · <span data-testid="session-state">{t(`calibration.state.${session.state}`)}</span>
      </p>
      {error && open ? (
        <p className="alert" role="alert">
          {t(error)}
        </p>
      ) : null}
      <section aria-labelledby="material-title" className="card">
        <h2 id="material-title">{t("calibration.session.material")}</h2>
        <p className="pre-wrap" data-testid="material">
          {session.material}
        </p>
      </section>
      <section aria-labelledby="participants-title">
        <h2 id="participants-title">{t("calibration.session.participants")}</h2>
        <ul data-testid="participants">
          {view.participants.map((p) => (
            <li key={p.userId}>
              {p.name}: {t(p.submitted ? "calibration.session.submitted" : "calibration.session.waiting")}
            </li>
          ))}
        </ul>
        {open ? <p>{t("calibration.session.blind")}</p> : null}
      </section>
      {open && view.invited && !view.ownSubmitted ? (
        <FillForm checklist={checklist} result={result && "answerErrors" in result ? result : undefined} />
      ) : null}
      {open && view.ownSubmitted ? <p className="notice">{t("calibration.fill.done")}</p> : null}
      {open && coordinator ? (
        <>
          <ReferenceForm checklist={checklist} references={view.references} />
          <Form method="post" className="card" data-testid="close-form">
            <p>{t("calibration.close.hint")}</p>
            <button type="submit" name="intent" value="close" className="primary" data-testid="close-session">
              {t("calibration.close")}
            </button>
          </Form>
        </>
      ) : null}
      {view.results ? (
        <>
          <SessionResults results={view.results} checklist={checklist} />
          <Notes notes={view.results.notes} checklist={checklist} canAdd={coordinator} error={error} />
        </>
      ) : null}
    </>
  );
}
