import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, firstErrorName, SelectField, TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { idOrNew } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { employeeFullName } from "~/domain/people/names";
import { listDepartments } from "~/models/people/department.server";
import { createEmployee, employeeRuleErrors, getEmployee, listLinkableUsers, updateEmployee } from "~/models/people/employee.server";
import styles from "~/styles/admin-people.css";
import { EmployeeSchema, type EmployeeFormValue } from "./schema";
import { pageTitle } from "~/lib/meta";
import { anonymisedOn } from "~/models/privacy/anonymise.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.employee");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const FIELD_ORDER = ["firstName", "lastName", "position", "departmentId", "email", "code", "userId"];

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const id = idOrNew(params.id);
  const db = getDb();
  const employee = id === "new" ? null : getEmployee(db, user, id);
  if (employee === undefined) throw notFound();
  // Inactive departments are offered only to an employee who already belongs to one.
  const departments = listDepartments(db, user)
    .filter((d) => d.active || d.id === employee?.departmentId)
    .map((d) => ({ id: d.id, name: d.name, active: d.active }));
  const accounts = listLinkableUsers(db, requireOrgId(user), employee?.id);
  const anonymisedAt = employee ? anonymisedOn(db, employee.id) : null;
  return { employee, departments, accounts, anonymisedAt };
}

function toInput(value: EmployeeFormValue) {
  return { ...value, email: value.email ?? null, code: value.code ?? null, userId: value.userId ?? null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const id = idOrNew(params.id);
  const db = getDb();
  const existing = id === "new" ? undefined : getEmployee(db, user, id);
  if (id !== "new" && !existing) throw notFound();
  const submission = parseWithZod(await request.formData(), { schema: EmployeeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const input = toInput(submission.value);
  const orgId = requireOrgId(user);
  const fieldErrors = employeeRuleErrors(db, orgId, input, existing);
  if (fieldErrors) return data(submission.reply({ fieldErrors }), { status: 400 });
  if (id === "new") createEmployee(db, orgId, input);
  else updateEmployee(db, orgId, id, input);
  return redirectWithMessage("/admin/employees", "admin.employee.saved", { name: employeeFullName(input) });
}

export default function EmployeeFormPage() {
  const { t, dateTime } = useI18n();
  const { employee, departments, accounts, anonymisedAt } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(EmployeeSchema),
    defaultValue: employee
      ? {
          ...employee,
          departmentId: String(employee.departmentId),
          userId: employee.userId ? String(employee.userId) : "",
          email: employee.email ?? "",
          code: employee.code ?? "",
        }
      : { active: true },
    shouldValidate: "onBlur",
    // Once a field shows an error, it is re-checked as the user types, so the error is gone
    // before they press the button (re-checking on blur moved the button under the click).
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: EmployeeSchema }),
  });
  const focus = firstErrorName(FIELD_ORDER, lastResult?.error ?? undefined);
  const departmentOptions = departments.map((d) => ({
    value: String(d.id),
    label: d.active ? d.name : t("admin.employee.inactiveDepartment", { name: d.name }),
  }));
  const accountOptions = accounts.map((a) => ({ value: String(a.id), label: `${a.name} (${a.email})` }));
  return (
    <>
      <h1>{employee ? t("admin.employee.editTitle", { name: employeeFullName(employee) }) : t("admin.employees.new")}</h1>
      <Form method="post" {...getFormProps(form)} className="card">
        <TextField field={fields.firstName} label={t("admin.employee.firstName")} autoComplete="off" autoFocus={focus === "firstName"} />
        <TextField field={fields.lastName} label={t("admin.employee.lastName")} autoComplete="off" autoFocus={focus === "lastName"} />
        <TextField field={fields.position} label={t("admin.employee.position")} autoFocus={focus === "position"} />
        <SelectField
          field={fields.departmentId}
          label={t("admin.employee.department")}
          options={departmentOptions}
          placeholder={t("admin.employee.chooseDepartment")}
          autoFocus={focus === "departmentId"}
        />
        <TextField field={fields.email} type="email" label={t("admin.employee.email")} autoComplete="off" autoFocus={focus === "email"} />
        <TextField field={fields.code} label={t("admin.employee.code")} hint={t("admin.employee.codeHint")} autoFocus={focus === "code"} />
        <SelectField
          field={fields.userId}
          label={t("admin.employee.account")}
          hint={t("admin.employee.accountHint")}
          options={accountOptions}
          placeholder={t("admin.employee.noAccount")}
          autoFocus={focus === "userId"}
        />
        <CheckboxField field={fields.active} label={t("admin.employee.activeLabel")} />
        <div className="button-row">
          <button type="submit">{t("form.save")}</button>
          <Link className="button secondary" to="/admin/employees">
            {t("form.cancel")}
          </Link>
        </div>
      </Form>
      {employee ? (
        <section className="card" aria-labelledby="employee-privacy-title">
          <h2 id="employee-privacy-title">{t("privacy.employee.title")}</h2>
          <p>
            <Link to={`/admin/access-log?employee=${employee.id}`} data-testid="employee-access-log">
              {t("privacy.log.employeeLink")}
            </Link>
          </p>
          <p>
            <a href={`/admin/employees/${employee.id}/export.zip`} download data-testid="employee-export">
              {t("privacy.export.link")}
            </a>
            <br />
            <small>{t("privacy.export.hint")}</small>
          </p>
          <p>
            {anonymisedAt ? (
              t("privacy.anonymise.doneAt", { at: dateTime(anonymisedAt) })
            ) : (
              <Link to={`/admin/employees/${employee.id}/anonymise`} data-testid="employee-anonymise">
                {t("privacy.anonymise.link")}
              </Link>
            )}
          </p>
        </section>
      ) : null}
    </>
  );
}
