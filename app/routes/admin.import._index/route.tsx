import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useErrorText } from "~/components/form";
import { getDb } from "~/db.server";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import type { RouteHandle } from "~/lib/route-handle";
import { listTemplateChecklists } from "~/models/imports/export-template.server";
import { createImportJob, settleJob } from "~/models/imports/jobs.server";
import styles from "~/styles/csv.css";
import { MAX_UPLOAD_MB, UploadSchema } from "./schema";
import { receiveUpload } from "./upload.server";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "nav.import");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
// An upload writes nothing to the database (the file goes to disk, the job to memory): a
// slow one must not hold back imports, and with them every other write.
export const handle: RouteHandle = { writeGate: "none" };

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  return { checklists: listTemplateChecklists(getDb(), requireOrgId(user)) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const upload = await receiveUpload(request);
  if (!upload.ok)
    return data({ status: "error" as const, error: { file: [`csv.import.fileTooBig|{"max":${MAX_UPLOAD_MB}}`] } }, { status: 413 });
  const submission = parseWithZod(upload.form, { schema: UploadSchema });
  const fileError = !upload.file ? "csv.import.fileRequired" : upload.file.size === 0 ? "csv.import.fileEmpty" : null;
  if (submission.status !== "success" || fileError) {
    if (upload.file) await upload.file.remove().catch(() => undefined);
    // The file is not sent back: the page cannot show it, and a File cannot be serialised.
    const reply = submission.reply({ hideFields: ["file"] });
    return data({ ...reply, error: { ...(reply.error ?? {}), ...(fileError ? { file: [fileError] } : {}) } }, { status: 400 });
  }
  const job = createImportJob(user, submission.value.kind, upload.file!.getFilePath(), upload.fileName || "import.csv");
  // Small files are checked by the time the next page loads; big ones show progress there.
  await settleJob(job, 3000);
  return redirect(`/admin/import/${job.id}`);
}

export default function ImportPage() {
  const { t, locale } = useI18n();
  const { checklists } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const errorText = useErrorText();
  const busy = useNavigation().state === "submitting";
  const [form, fields] = useForm({
    lastResult: lastResult && "initialValue" in lastResult ? lastResult : undefined,
    constraint: getZodConstraint(UploadSchema),
    defaultValue: { kind: "audits" },
  });
  const errors = (lastResult?.error ?? {}) as Record<string, string[] | null>;
  const kindError = errors.kind?.[0];
  const fileError = errors.file?.[0];
  return (
    <>
      <h1>{t("csv.import.title")}</h1>
      <p>{t("csv.import.intro")}</p>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="card" data-testid="import-upload-form">
        <fieldset className="field" aria-describedby={kindError ? "kind-error" : undefined}>
          <legend>{t("csv.import.kind")}</legend>
          {(["audits", "roster"] as const).map((kind) => (
            <label className="checkbox" key={kind}>
              <input type="radio" name={fields.kind.name} value={kind} defaultChecked={(fields.kind.initialValue ?? "audits") === kind} />
              {t(`csv.import.kind.${kind}`)}
            </label>
          ))}
          {kindError ? (
            <p className="field__error" id="kind-error">
              {errorText(kindError)}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor="import-file">{t("csv.import.file")}</label>
          <p className="field__hint" id="import-file-hint">
            {t("csv.import.fileHint", { max: MAX_UPLOAD_MB })}
          </p>
          <input
            id="import-file"
            type="file"
            name="file"
            accept=".csv,text/csv,text/plain"
            required
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-hint import-file-error" : "import-file-hint"}
            autoFocus={!!fileError}
            data-testid="import-file"
          />
          {fileError ? (
            <p className="field__error" id="import-file-error">
              {errorText(fileError)}
            </p>
          ) : null}
        </div>
        <div className="button-row">
          <button type="submit" disabled={busy} data-testid="import-submit">
            {t("csv.import.submit")}
          </button>
        </div>
      </Form>
      <section className="card">
        <h2>{t("csv.import.formats")}</h2>
        <p>{t("csv.import.rosterFormat")}</p>
        <p>{t("csv.import.auditsFormat")}</p>
        <ul className="link-list csv-templates" aria-label={t("csv.import.templates")}>
          {checklists.map((c) => (
            <li key={c.id}>
              <a href={`/checklists/${c.id}/template.csv`} download>
                {checklistName(c, locale)} ({c.id})
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
