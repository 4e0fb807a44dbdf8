import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { firstErrorName, TextField } from "~/components/form";
import { getDb, type Db } from "~/db.server";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { requireRecentAuth } from "~/lib/reauth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { idOrNew } from "~/lib/params";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/lib/password.server";
import { useI18n } from "~/lib/use-i18n";
import { listDepartments } from "~/models/people/department.server";
import { createUser, getUser, resetPassword, updateUser, userRuleErrors } from "~/models/people/user.server";
import { recordSecurityEvent } from "~/models/security-log/record.server";
import { hasTwoFactor } from "~/models/two-factor/factor.server";
import { resetTwoFactor } from "~/models/two-factor/enrolment.server";
import { recordUserChanges } from "~/models/security-log/user-events.server";
import styles from "~/styles/admin-people.css";
import { ActiveField } from "./components/active-field";
import { ResetPasswordForm } from "./components/reset-password-form";
import { ResetTwoFactorForm } from "./components/reset-two-factor-form";
import { UserFields } from "./components/user-fields";
import { EditUserSchema, NewUserSchema, ResetPasswordSchema } from "./schema";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.user");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

const RULE = { min: PASSWORD_MIN, max: PASSWORD_MAX };
const FIELD_ORDER = ["email", "name", "role", "departmentIds", "password", "active"];

export function loader({ request, params }: LoaderFunctionArgs) {
  const actor = requireRole(request, ["admin"]);
  const orgId = requireOrgId(actor);
  const id = idOrNew(params.id);
  const db = getDb();
  const user = id === "new" ? null : getUser(db, orgId, id);
  if (user === undefined) throw notFound();
  // Inactive departments are offered only where the user is already linked to them.
  const departments = listDepartments(db, actor)
    .filter((d) => d.active || user?.departmentIds.includes(d.id))
    .map((d) => ({ id: d.id, name: d.name, code: d.code }));
  const twoFactor = user ? hasTwoFactor(db, user.id) : false;
  return { user, departments, passwordRule: RULE, isSelf: user?.id === actor.id, twoFactor };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = requireRole(request, ["admin"]);
  const orgId = requireOrgId(actor);
  const id = idOrNew(params.id);
  const db = getDb();
  const existing = id === "new" ? undefined : getUser(db, orgId, id);
  if (id !== "new" && !existing) throw notFound();
  const formData = await request.formData();

  if (existing && formData.get("intent") === "reset-two-factor") {
    // Turning someone's second factor off weakens their sign-in: the password again first.
    requireRecentAuth(request, db);
    resetTwoFactor(db, request, orgId, existing.id, actor.id);
    return redirectWithMessage("/admin/users", "twoFactor.adminReset.done", { name: existing.name });
  }

  if (existing && formData.get("intent") === "reset-password") {
    const submission = parseWithZod(formData, { schema: ResetPasswordSchema(RULE) });
    if (submission.status !== "success") return data({ form: "password", result: submission.reply() }, { status: 400 });
    // Setting someone's password hands over their account: the password again first.
    requireRecentAuth(request, db);
    await resetPassword(db, orgId, existing.id, submission.value.password);
    recordSecurityEvent(db, request, { type: "password_set", orgId, userId: existing.id, actorId: actor.id });
    return redirectWithMessage("/admin/users", "admin.user.passwordReset", { name: existing.name });
  }

  if (!existing) {
    const submission = parseWithZod(formData, { schema: NewUserSchema(RULE) });
    if (submission.status !== "success") return data({ form: "user", result: submission.reply() }, { status: 400 });
    const input = { ...submission.value, active: true };
    const fieldErrors = userRuleErrors(db, orgId, input);
    if (fieldErrors) return data({ form: "user", result: submission.reply({ fieldErrors }) }, { status: 400 });
    if (input.role === "admin") requireRecentAuth(request, db);
    const created = await createUser(db, orgId, input);
    recordSecurityEvent(db, request, { type: "user_created", orgId, userId: created.id, actorId: actor.id, detail: input.role });
    return redirectWithMessage("/admin/users", "admin.user.saved", { name: created.name });
  }

  const submission = parseWithZod(formData, { schema: EditUserSchema });
  if (submission.status !== "success") return data({ form: "user", result: submission.reply() }, { status: 400 });
  const fieldErrors = userRuleErrors(db, orgId, submission.value, { id: existing.id, actorId: actor.id });
  if (fieldErrors) return data({ form: "user", result: submission.reply({ fieldErrors }) }, { status: 400 });
  // A role change grants or takes away rights: the password again first.
  if (submission.value.role !== existing.role) requireRecentAuth(request, db);
  // Deactivating ends the user's sessions in the same transaction (updateUser).
  const saved = db.transaction((tx) => {
    const user = updateUser(tx as unknown as Db, orgId, existing.id, submission.value);
    if (user) recordUserChanges(tx as unknown as Db, request, orgId, actor.id, existing, submission.value);
    return user;
  });
  if (!saved) throw notFound();
  return redirectWithMessage("/admin/users", "admin.user.saved", { name: saved.name });
}

export default function UserFormPage() {
  const { t } = useI18n();
  const { user, departments, passwordRule, isSelf, twoFactor } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.form === "user" ? actionData.result : undefined;
  const schema = user ? EditUserSchema : NewUserSchema(passwordRule);
  const [form, fields] = useForm({
    id: "user",
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue: user ? { ...user, departmentIds: user.departmentIds.map(String) } : { role: "" },
    shouldValidate: "onBlur",
    // Once a field shows an error, it is re-checked as the user types, so the error is gone
    // before they press the button (re-checking on blur moved the button under the click).
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const focus = firstErrorName(FIELD_ORDER, lastResult?.error ?? undefined);
  return (
    <>
      <h1>
        {user ? t("admin.user.editTitle", { name: user.name }) : t("admin.users.new")}
        {isSelf ? <span className="you"> {t("admin.user.you")}</span> : null}
      </h1>
      <Form method="post" {...getFormProps(form)} className="card">
        <UserFields fields={fields} departments={departments} focus={focus} />
        {user ? (
          <ActiveField field={fields.active} />
        ) : (
          <TextField
            field={fields.password}
            type="password"
            label={t("admin.user.password")}
            hint={t("admin.user.passwordHint", passwordRule)}
            autoComplete="new-password"
            autoFocus={focus === "password"}
          />
        )}
        <div className="button-row">
          <button type="submit">{t("form.save")}</button>
          <Link className="button secondary" to="/admin/users">
            {t("form.cancel")}
          </Link>
        </div>
      </Form>
      {user ? <ResetPasswordForm rule={passwordRule} lastResult={actionData?.form === "password" ? actionData.result : undefined} /> : null}
      {user && twoFactor && !isSelf ? <ResetTwoFactorForm /> : null}
    </>
  );
}
