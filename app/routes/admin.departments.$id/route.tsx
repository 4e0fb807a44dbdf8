import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, firstErrorName, TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { idOrNew } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { createDepartment, findDepartmentByCode, getDepartment, updateDepartment } from "~/models/people/department.server";
import { DepartmentSchema } from "./schema";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.department");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const id = idOrNew(params.id);
  if (id === "new") return { department: null };
  const department = getDepartment(getDb(), user, id);
  if (!department) throw notFound();
  return { department: { id: department.id, code: department.code, name: department.name, active: department.active } };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const id = idOrNew(params.id);
  const db = getDb();
  if (id !== "new" && !getDepartment(db, user, id)) throw notFound();
  const submission = parseWithZod(await request.formData(), { schema: DepartmentSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const orgId = requireOrgId(user);
  const sameCode = findDepartmentByCode(db, orgId, submission.value.code);
  if (sameCode && sameCode.id !== id) {
    return data(submission.reply({ fieldErrors: { code: ["admin.department.codeTaken"] } }), { status: 400 });
  }
  if (id === "new") createDepartment(db, orgId, submission.value);
  else updateDepartment(db, orgId, id, submission.value);
  return redirectWithMessage("/admin/departments", "admin.department.saved", { name: submission.value.name });
}

export default function DepartmentFormPage() {
  const { t } = useI18n();
  const { department } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(DepartmentSchema),
    defaultValue: department ?? { active: true },
    shouldValidate: "onBlur",
    // Once a field shows an error, it is re-checked as the user types, so the error is gone
    // before they press the button (re-checking on blur moved the button under the click).
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DepartmentSchema }),
  });
  const focus = firstErrorName(["code", "name"], lastResult?.error ?? undefined);
  return (
    <>
      <h1>{department ? t("admin.department.editTitle", { name: department.name }) : t("admin.departments.new")}</h1>
      <Form method="post" {...getFormProps(form)} className="card">
        <TextField
          field={fields.code}
          label={t("admin.department.code")}
          hint={t("admin.department.codeHint")}
          autoFocus={focus === "code"}
        />
        <TextField field={fields.name} label={t("admin.department.name")} autoFocus={focus === "name"} />
        <CheckboxField field={fields.active} label={t("common.active")} />
        <div className="button-row">
          <button type="submit">{t("form.save")}</button>
          <Link className="button secondary" to="/admin/departments">
            {t("form.cancel")}
          </Link>
        </div>
      </Form>
    </>
  );
}
