import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, firstErrorName, TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { notFound, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { recordSecurityEvent } from "~/models/security-log/record.server";
import { idOrNew } from "~/lib/params";
import { PASSWORD_MAX, PASSWORD_MIN } from "~/lib/password.server";
import { requireRecentAuth } from "~/lib/reauth.server";
import { useI18n } from "~/lib/use-i18n";
import {
  createOrganisation,
  grantOrganisation,
  knownStandards,
  listGrantedUsers,
  organisationRuleErrors,
  revokeOrganisation,
  updateOrganisationDetails,
} from "~/models/organisations/manage.server";
import { getOrganisation } from "~/models/organisations/organisation.server";
import { DetailsFields } from "./components/details-fields";
import { Grants } from "./components/grants";
import { EditOrganisationSchema, GrantSchema, NewOrganisationSchema, OrganisationFormFields, RevokeSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "platform.title");

const RULE = { min: PASSWORD_MIN, max: PASSWORD_MAX };
const FIELD_ORDER = ["code", "name", "legalCode", "address", "contact", "standards", "adminEmail", "adminName", "adminPassword"];

export function loader({ request, params }: LoaderFunctionArgs) {
  requireRole(request, ["platform_admin"]);
  const db = getDb();
  const id = idOrNew(params.id);
  const standards = knownStandards(db);
  if (id === "new") return { organisation: null, granted: [], standards, passwordRule: RULE };
  const organisation = getOrganisation(db, id);
  if (!organisation) throw notFound();
  return { organisation, granted: listGrantedUsers(db, id), standards, passwordRule: RULE };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = requireRole(request, ["platform_admin"]);
  const db = getDb();
  const id = idOrNew(params.id);
  const existing = id === "new" ? undefined : getOrganisation(db, id);
  if (id !== "new" && !existing) throw notFound();
  const formData = await request.formData();
  const intent = formData.get("intent");

  if (existing && (intent === "grant" || intent === "revoke")) {
    const back = `/platform/organisations/${existing.id}`;
    if (intent === "revoke") {
      const revoke = RevokeSchema.safeParse(Object.fromEntries(formData));
      if (!revoke.success) return data({ form: "grant", error: "form.required" }, { status: 400 });
      revokeOrganisation(db, existing.id, revoke.data.userId);
      recordSecurityEvent(db, request, { type: "organisation_revoked", orgId: existing.id, userId: revoke.data.userId, actorId: actor.id });
      return redirectWithMessage(back, "platform.grant.removed");
    }
    const grant = GrantSchema.safeParse(Object.fromEntries(formData));
    if (!grant.success) return data({ form: "grant", error: grant.error.issues[0].message }, { status: 400 });
    const problem = grantOrganisation(db, existing.id, grant.data.email);
    if (problem) return data({ form: "grant", error: problem }, { status: 400 });
    recordSecurityEvent(db, request, { type: "organisation_granted", orgId: existing.id, actorId: actor.id, detail: grant.data.email });
    return redirectWithMessage(back, "platform.grant.added");
  }

  if (!existing) {
    const submission = parseWithZod(formData, { schema: NewOrganisationSchema(RULE) });
    if (submission.status !== "success") return data({ form: "org", result: submission.reply() }, { status: 400 });
    const v = submission.value;
    const fieldErrors = organisationRuleErrors(db, v, undefined, { email: v.adminEmail });
    if (fieldErrors) return data({ form: "org", result: submission.reply({ fieldErrors }) }, { status: 400 });
    // Creating an administrator hands out an account: the password again first.
    requireRecentAuth(request, db);
    const { adminEmail, adminName, adminPassword, ...details } = v;
    const { org } = await createOrganisation(db, details, { email: adminEmail, name: adminName, password: adminPassword });
    return redirectWithMessage("/platform", "platform.org.created", { name: org.name });
  }

  const submission = parseWithZod(formData, { schema: EditOrganisationSchema });
  if (submission.status !== "success") return data({ form: "org", result: submission.reply() }, { status: 400 });
  const fieldErrors = organisationRuleErrors(db, submission.value, existing.id);
  if (fieldErrors) return data({ form: "org", result: submission.reply({ fieldErrors }) }, { status: 400 });
  const saved = updateOrganisationDetails(db, existing.id, submission.value);
  if (existing.active && !saved.active)
    recordSecurityEvent(db, request, { type: "organisation_deactivated", orgId: existing.id, actorId: actor.id });
  return redirectWithMessage("/platform", "platform.org.saved", { name: saved.name });
}

export default function OrganisationFormPage() {
  const { t } = useI18n();
  const { organisation, granted, standards, passwordRule } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
  // One form for both: the new one also has the first administrator's fields.
  const schema = (organisation ? EditOrganisationSchema : NewOrganisationSchema(passwordRule)) as unknown as ReturnType<
    typeof OrganisationFormFields
  >;
  const [form, fields] = useForm({
    id: "organisation",
    lastResult,
    constraint: getZodConstraint(schema),
    defaultValue: organisation
      ? {
          ...organisation,
          legalCode: organisation.legalCode ?? "",
          address: organisation.address ?? "",
          contact: organisation.contact ?? "",
        }
      : { standards: [] },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const focus = firstErrorName(FIELD_ORDER, lastResult?.error ?? undefined);
  return (
    <>
      <h1>{organisation ? t("platform.org.editTitle", { name: organisation.name }) : t("platform.new")}</h1>
      <Form method="post" {...getFormProps(form)} className="card">
        <DetailsFields fields={fields} standards={standards} focus={focus} />
        {organisation ? <CheckboxField field={fields.active} label={t("platform.org.active")} /> : null}
        {organisation ? null : (
          <fieldset className="field">
            <legend>{t("platform.org.firstAdmin")}</legend>
            <TextField
              field={fields.adminEmail}
              type="email"
              label={t("platform.org.adminEmail")}
              autoComplete="off"
              autoFocus={focus === "adminEmail"}
            />
            <TextField field={fields.adminName} label={t("platform.org.adminName")} autoComplete="off" autoFocus={focus === "adminName"} />
            <TextField
              field={fields.adminPassword}
              type="password"
              label={t("platform.org.adminPassword")}
              hint={t("admin.user.passwordHint", passwordRule)}
              autoComplete="new-password"
              autoFocus={focus === "adminPassword"}
            />
          </fieldset>
        )}
        <div className="button-row">
          <button type="submit">{t("form.save")}</button>
          <Link className="button secondary" to="/platform">
            {t("form.cancel")}
          </Link>
        </div>
      </Form>
      {organisation ? <Grants granted={granted} error={actionData && "error" in actionData ? actionData.error : undefined} /> : null}
    </>
  );
}
