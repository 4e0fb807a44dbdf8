// The administrator edits the staff notice: why the data is processed and whom to ask. The
// rest (what, how long, rights) follows from the app and its retention settings.
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { TextAreaField } from "~/components/form";
import { getDb } from "~/db.server";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { getNotice, saveNotice } from "~/models/privacy/notice.server";
import { NoticeSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.notice.editTitle");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const notice = getNotice(getDb(), requireOrgId(user));
  if (!notice) throw notFound();
  return { notice };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const orgId = requireOrgId(user);
  const submission = parseWithZod(await request.formData(), { schema: NoticeSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  saveNotice(getDb(), orgId, submission.value, user.id);
  return redirectWithMessage("/privacy", "privacy.notice.saved");
}

export default function EditNoticePage() {
  const { t } = useI18n();
  const { notice } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(NoticeSchema),
    defaultValue: { purpose: notice.purpose ?? "", contact: notice.contact ?? "" },
    shouldValidate: "onBlur",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: NoticeSchema }),
  });
  return (
    <>
      <h1>{t("privacy.notice.editTitle")}</h1>
      <p>{t("privacy.notice.editIntro")}</p>
      <Form method="post" {...getFormProps(form)} className="card">
        <TextAreaField field={fields.purpose} label={t("privacy.notice.purpose")} hint={t("privacy.notice.purposeHint")} />
        <TextAreaField field={fields.contact} label={t("privacy.notice.contact")} hint={t("privacy.notice.contactHint")} />
        <div className="button-row">
          <button type="submit" className="primary">
            {t("form.save")}
          </button>
          <Link className="button secondary" to="/privacy">
            {t("privacy.notice.view")}
          </Link>
        </div>
      </Form>
    </>
  );
}
