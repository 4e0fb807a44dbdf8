// A supervisor starts an inspection of one of their departments: the per-employee appearance
// checklist and the workplace checklist (any checklist made for supervisors).
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { getDb } from "~/db.server";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { LabelledSelect } from "~/components/labelled-select";
import { useI18n } from "~/lib/use-i18n";
import { listFillableChecklists } from "~/models/audits/checklists.server";
import { auditErrorResult } from "~/models/audits/errors.server";
import { listDepartments } from "~/models/people/department.server";
import { listOpenInspections, startInspection } from "~/models/audits/inspection.server";
import styles from "~/styles/audits.css";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "inspections.new");

const StartSchema = z.object({
  clientKey: z.uuid(),
  departmentId: z.coerce.number().int().positive(),
  appearanceChecklistId: z.string().optional(),
  workplaceChecklistId: z.string().optional(),
});

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["supervisor"]);
  const db = getDb();
  const checklists = listFillableChecklists(db, "supervisor", requireOrgId(user)).map((c) => ({ id: c.id, title: c.checklist.title }));
  return {
    departments: listDepartments(db, user, { activeOnly: true }).map((d) => ({ id: d.id, name: d.name })),
    checklists,
    open: listOpenInspections(db, user),
    clientKey: globalThis.crypto.randomUUID(),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ["supervisor"]);
  const submission = parseWithZod(await request.formData(), { schema: StartSchema });
  if (submission.status !== "success") return { error: "inspections.error.noChecklist" as const };
  const v = submission.value;
  try {
    const inspection = startInspection(getDb(), user, {
      clientKey: v.clientKey,
      departmentId: v.departmentId,
      appearanceChecklistId: v.appearanceChecklistId || null,
      workplaceChecklistId: v.workplaceChecklistId || null,
    });
    return redirectWithMessage(`/inspections/${inspection.id}`, "inspections.started");
  } catch (error) {
    return { error: auditErrorResult(error).error };
  }
}

export default function NewInspectionPage() {
  const { t, locale, dateTime } = useI18n();
  const { departments, checklists, open, clientKey } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const pick = (suffix: string) => checklists.find((c) => c.id.endsWith(suffix))?.id ?? "";
  const checklistOptions = checklists.map((c) => ({ value: c.id, label: checklistName(c, locale) }));
  const select = (name: string, label: string, initial: string) => (
    <LabelledSelect id={name} label={label} value={initial} testId={name} emptyLabel={t("inspections.none")} options={checklistOptions} />
  );
  return (
    <>
      <h1>{t("inspections.new")}</h1>
      {open.length ? (
        <section className="card" aria-labelledby="open-h">
          <h2 id="open-h">{t("inspections.open")}</h2>
          <ul className="link-list">
            {open.map((i) => (
              <li key={i.id}>
                <Link to={`/inspections/${i.id}`}>
                  {i.departmentName} · {dateTime(i.inspectedAt)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {departments.length === 0 ? (
        <p className="notice">{t("inspections.noDepartments")}</p>
      ) : (
        <Form method="post" className="card" data-testid="inspection-start-form">
          {result?.error ? (
            <p className="alert" role="alert">
              {t(result.error)}
            </p>
          ) : null}
          <input type="hidden" name="clientKey" value={clientKey} />
          <LabelledSelect
            id="departmentId"
            label={t("audits.field.department")}
            required
            testId="departmentId"
            options={departments.map((d) => ({ value: d.id, label: d.name }))}
          />
          {select("appearanceChecklistId", t("inspections.appearance"), pick("-appearance"))}
          {select("workplaceChecklistId", t("inspections.workplace"), pick("-workplace"))}
          <div className="button-row">
            <button type="submit" data-testid="start-inspection">
              {t("inspections.start")}
            </button>
          </div>
        </Form>
      )}
    </>
  );
}
