import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { badRequest, notFound, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { useI18n } from "~/lib/use-i18n";
import type { RouteHandle } from "~/lib/route-handle";
import { cancelImportJob, confirmImportJob, getImportJob, jobView, settleJob } from "~/models/imports/jobs.server";
import styles from "~/styles/csv.css";
import { ProblemList, ReportSummary } from "./components/report";
import { JobActionSchema } from "./schema";
import { pageTitle } from "~/lib/meta";

const running = (status: string) => status === "checking" || status === "importing";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => [
  ...pageTitle(matches, "nav.import"),
  // Without JavaScript the page refreshes itself while the file is being processed.
  ...(data && running(data.job.status) ? [{ httpEquiv: "refresh", content: "3" } as const] : []),
];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
// Confirming starts the import (which takes its own turn) and waits for it; cancelling
// forgets the job. Neither writes to the database here, and holding a write turn while
// waiting would make the import wait for this request in turn.
export const handle: RouteHandle = { writeGate: "none" };

function findJob(request: Request, id: string | undefined) {
  const user = requireRole(request, ["admin"]);
  const job = id && /^[0-9a-f-]{36}$/.test(id) ? getImportJob(user, id) : undefined;
  if (!job) throw notFound();
  return { user, job };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { job } = findJob(request, params.jobId);
  return { job: jobView(job) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, job } = findJob(request, params.jobId);
  const submission = parseWithZod(await request.formData(), { schema: JobActionSchema });
  if (submission.status !== "success") throw badRequest();
  if (submission.value.intent === "cancel") {
    if (!cancelImportJob(job)) return redirectWithMessage(`/admin/import/${job.id}`, "csv.job.notReady");
    return redirectWithMessage("/admin/import", "csv.job.cancelled");
  }
  if (!confirmImportJob(user, job, submission.value.publish, request))
    return redirectWithMessage(`/admin/import/${job.id}`, "csv.job.notReady");
  await settleJob(job, 3000);
  const to = `/admin/import/${job.id}`;
  if (job.status === "done") return redirectWithMessage(to, "csv.job.imported", { file: job.fileName });
  return redirect(to);
}

/** Reloads the job while it runs (with JavaScript; without it the meta refresh does). */
function usePolling(active: boolean) {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => state === "idle" && revalidate(), 1000);
    return () => clearInterval(timer);
  }, [active, revalidate, state]);
}

export default function ImportJobPage() {
  const { t } = useI18n();
  const { job } = useLoaderData<typeof loader>();
  usePolling(running(job.status));
  const report = job.report;
  const percent = Math.floor(job.progress * 100);
  return (
    <>
      <h1>{t(`csv.job.title.${job.status}`, { file: job.fileName })}</h1>
      <p className="muted">{t(`csv.job.kind.${job.kind}`)}</p>
      {running(job.status) ? (
        <div className="card" data-testid="import-progress">
          <label htmlFor="import-progress">{t("csv.job.progressLabel")}</label>
          <progress id="import-progress" max={100} value={percent} className="csv-progress">
            {percent} %
          </progress>
          <p aria-live="polite">{t("csv.job.progress", { percent })}</p>
          <noscript>
            <p>{t("csv.job.noScript")}</p>
          </noscript>
        </div>
      ) : null}
      {job.error ? (
        <p className="alert" role="alert">
          {t("csv.job.error", { error: job.error })}
        </p>
      ) : null}
      {report && !running(job.status) ? (
        <div className="card">
          <h2>{t("csv.job.summary")}</h2>
          <ReportSummary report={report} done={job.status === "done"} />
          {job.status === "done" && job.kind === "audits" ? <p>{t(job.publish ? "csv.job.published" : "csv.job.submitted")}</p> : null}
          {job.status === "failed" && report.problemTotal ? (
            <p className="alert" role="alert">
              {t("csv.job.failedWrite")}
            </p>
          ) : null}
          {job.status === "ready" && report.problemTotal ? (
            <p className="alert" role="alert">
              {t("csv.job.fixAndRetry")}
            </p>
          ) : null}
          {job.status === "ready" && !report.problemTotal ? <p className="notice">{t("csv.job.noProblems")}</p> : null}
          <ProblemList report={report} />
        </div>
      ) : null}
      {job.status === "ready" && report && report.problemTotal === 0 ? (
        <Form method="post" className="card" data-testid="import-confirm-form">
          {job.kind === "audits" ? (
            <label className="checkbox">
              <input type="checkbox" name="publish" value="on" data-testid="import-publish" />
              {t("csv.job.publish")}
            </label>
          ) : null}
          <div className="button-row">
            <button type="submit" name="intent" value="confirm" data-testid="import-confirm">
              {t("csv.job.confirm")}
            </button>
            <button type="submit" name="intent" value="cancel" className="secondary" formNoValidate>
              {t("csv.job.cancel")}
            </button>
          </div>
        </Form>
      ) : null}
      {!running(job.status) && !(job.status === "ready" && report?.problemTotal === 0) ? (
        <p>
          <Link className="button secondary" to="/admin/import">
            {t("csv.job.uploadAnother")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
