import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useErrorText } from "~/components/form";
import { getDb } from "~/db.server";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { listTemplateChecklists } from "~/models/imports/export-template.server";
import styles from "~/styles/csv.css";
import { ExportSchema } from "./schema";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "nav.export");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** The download route sends the user back here with ?invalid=1 when the filter is wrong. */
export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin", "leadership"]);
  const params = new URL(request.url).searchParams;
  const lastResult = params.get("invalid") === "1" ? parseWithZod(params, { schema: ExportSchema }).reply() : null;
  // The filter in the URL (after the password confirmation, for one) fills the form again.
  const defaults = Object.fromEntries(["from", "to", "checklist", "separator"].map((k) => [k, params.get(k) ?? undefined]));
  return { checklists: listTemplateChecklists(getDb(), requireOrgId(user)), lastResult, defaults };
}

export default function ExportPage() {
  const { t, locale } = useI18n();
  const { checklists, lastResult, defaults } = useLoaderData<typeof loader>();
  const errorText = useErrorText();
  const [form, fields] = useForm({
    lastResult,
    defaultValue: defaults,
    constraint: getZodConstraint(ExportSchema),
    shouldValidate: "onBlur",
    // Once a field shows an error, it is re-checked as the user types, so the error is gone
    // before they press the button (re-checking on blur moved the button under the click).
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ExportSchema }),
  });
  const dateField = (field: typeof fields.from, label: string) => (
    <div className="field">
      <label htmlFor={field.id}>{label}</label>
      <input {...getInputProps(field, { type: "date", ariaDescribedBy: field.errors?.length ? field.errorId : undefined })} />
      {field.errors?.length ? (
        <p className="field__error" id={field.errorId}>
          {field.errors.map(errorText).join(" ")}
        </p>
      ) : null}
    </div>
  );
  return (
    <>
      <h1>{t("csv.export.title")}</h1>
      <p>{t("csv.export.intro")}</p>
      <Form
        method="get"
        action="/admin/export.csv"
        reloadDocument
        {...getFormProps(form)}
        className="card csv-export"
        data-testid="export-form"
      >
        <div className="csv-export__dates">
          {dateField(fields.from, t("csv.export.from"))}
          {dateField(fields.to, t("csv.export.to"))}
        </div>
        <div className="field">
          <label htmlFor={fields.checklist.id}>{t("csv.export.checklist")}</label>
          <select {...getSelectProps(fields.checklist)}>
            <option value="">{t("csv.export.allChecklists")}</option>
            {checklists.map((c) => (
              <option key={c.id} value={c.id}>
                {checklistName(c, locale)} ({c.id})
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>{t("csv.export.separator")}</legend>
          {(["semicolon", "comma"] as const).map((value) => (
            <label className="checkbox" key={value}>
              <input
                type="radio"
                name={fields.separator.name}
                value={value}
                defaultChecked={(fields.separator.initialValue ?? "semicolon") === value}
              />
              {t(`csv.export.separator.${value}`)}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" data-testid="export-submit">
            {t("csv.export.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}
