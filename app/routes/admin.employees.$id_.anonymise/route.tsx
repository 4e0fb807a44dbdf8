// Anonymising a person on request (GDPR Art. 17): the administrator confirms, with the
// password entered in the last minutes; the name, e-mail, code and position go, the audits
// stay in every figure without a name, and who did it is recorded.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, useErrorText } from "~/components/form";
import { getDb } from "~/db.server";
import { employeeFullName } from "~/domain/people/names";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { requireIdParam } from "~/lib/params";
import { unusablePasswordHash } from "~/lib/password.server";
import { requireRecentAuth } from "~/lib/reauth.server";
import { useI18n } from "~/lib/use-i18n";
import { recordAccess } from "~/models/access-log/record.server";
import { getEmployee } from "~/models/people/employee.server";
import { anonymiseEmployee, isAnonymised } from "~/models/privacy/anonymise.server";
import { AnonymiseSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.anonymise.title");

function load(request: Request, idParam: string | undefined) {
  const user = requireRole(request, ["admin"]);
  const orgId = requireOrgId(user);
  const id = requireIdParam(idParam);
  const db = getDb();
  const employee = getEmployee(db, user, id);
  if (!employee) throw notFound();
  return { user, orgId, id, db, employee };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { id, db, employee } = load(request, params.id);
  return { id, name: employeeFullName(employee), done: isAnonymised(db, id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, orgId, id, db } = load(request, params.id);
  requireRecentAuth(request, db, `/admin/employees/${id}/anonymise`);
  const submission = parseWithZod(await request.formData(), { schema: AnonymiseSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const passwordHash = await unusablePasswordHash();
  const done = db.transaction((tx) => {
    if (!anonymiseEmployee(tx, orgId, id, { userId: user.id, reason: "request", passwordHash })) return false;
    recordAccess(tx, user, { action: "anonymise_person", object: `employee:${id}`, orgId, employeeId: id });
    return true;
  });
  if (!done) return data(submission.reply({ formErrors: ["privacy.anonymise.already"] }), { status: 400 });
  return redirectWithMessage(`/admin/employees/${id}`, "privacy.anonymise.done");
}

export default function AnonymisePage() {
  const { t } = useI18n();
  const errorText = useErrorText();
  const { id, name, done } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(AnonymiseSchema),
    shouldValidate: "onSubmit",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AnonymiseSchema }),
  });
  return (
    <>
      <h1>{t("privacy.anonymise.heading", { name })}</h1>
      {done ? (
        <p role="status">{t("privacy.anonymise.already")}</p>
      ) : (
        <Form method="post" {...getFormProps(form)} className="card">
          <p>{t("privacy.anonymise.what")}</p>
          <p>{t("privacy.anonymise.irreversible")}</p>
          {form.errors?.length ? (
            <p className="alert" role="alert">
              {errorText(form.errors[0])}
            </p>
          ) : null}
          <CheckboxField field={fields.confirm} label={t("privacy.anonymise.confirm", { name })} />
          <div className="button-row">
            <button type="submit" className="danger" data-testid="anonymise-submit">
              {t("privacy.anonymise.submit")}
            </button>
            <Link className="button secondary" to={`/admin/employees/${id}`}>
              {t("form.cancel")}
            </Link>
          </div>
        </Form>
      )}
    </>
  );
}
