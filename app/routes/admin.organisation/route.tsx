import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CheckboxField, firstErrorName, TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { notFound, requireOrgId, requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { updateOrganisationSettings } from "~/models/organisations/manage.server";
import { getOrganisation } from "~/models/organisations/organisation.server";
import { getRetention, saveRetention } from "~/models/privacy/retention-settings.server";
import { RetentionForm } from "./components/retention-form";
import { recordSecurityEvent } from "~/models/security-log/record.server";
import { OrganisationSettingsSchema, RetentionSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "org.settings.title");

const FIELD_ORDER = ["name", "legalCode", "address", "contact", "passMark", "rankingMinimum", "scoreTarget", "disputeWindowDays"];

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const organisation = getOrganisation(getDb(), requireOrgId(user));
  if (!organisation) throw notFound();
  return { organisation, retention: getRetention(getDb(), organisation.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const orgId = requireOrgId(user);
  const formData = await request.formData();
  if (formData.get("intent") === "retention") {
    const retention = parseWithZod(formData, { schema: RetentionSchema });
    if (retention.status !== "success") return data({ retention: retention.reply() }, { status: 400 });
    const { intent: _intent, ...periods } = retention.value;
    saveRetention(getDb(), orgId, periods, user.id);
    return redirectWithMessage("/admin/organisation", "privacy.retention.saved");
  }
  const submission = parseWithZod(formData, { schema: OrganisationSettingsSchema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const db = getDb();
  const before = getOrganisation(db, orgId);
  updateOrganisationSettings(db, orgId, submission.value);
  if (before && before.twoFactorRequired !== submission.value.twoFactorRequired) {
    const detail = submission.value.twoFactorRequired ? "required" : "not required";
    recordSecurityEvent(db, request, { type: "two_factor_required_changed", orgId, actorId: user.id, detail });
  }
  return redirectWithMessage("/admin/organisation", "org.settings.saved");
}

export default function OrganisationSettingsPage() {
  const { t } = useI18n();
  const { organisation, retention } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const retentionResult = result && "retention" in result ? result.retention : undefined;
  const lastResult = result && !("retention" in result) ? result : undefined;
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(OrganisationSettingsSchema),
    defaultValue: {
      name: organisation.name,
      legalCode: organisation.legalCode ?? "",
      address: organisation.address ?? "",
      contact: organisation.contact ?? "",
      passMark: organisation.passMark === null ? "" : String(organisation.passMark),
      rankingMinimum: String(organisation.rankingMinimum),
      scoreTarget: organisation.scoreTarget === null ? "" : String(organisation.scoreTarget),
      twoFactorRequired: organisation.twoFactorRequired,
      disputeWindowDays: String(organisation.disputeWindowDays),
    },
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OrganisationSettingsSchema }),
  });
  const focus = firstErrorName(FIELD_ORDER, lastResult?.error ?? undefined);
  return (
    <>
      <h1>{t("org.settings.title")}</h1>
      <p>{t("org.settings.standards", { standards: organisation.standards.join(", ") })}</p>
      <Form method="post" {...getFormProps(form)} className="card">
        <fieldset className="field">
          <legend>{t("org.settings.details")}</legend>
          <TextField field={fields.name} label={t("platform.org.name")} autoFocus={focus === "name"} />
          <TextField field={fields.legalCode} label={t("platform.org.legalCode")} autoFocus={focus === "legalCode"} />
          <TextField field={fields.address} label={t("platform.org.address")} autoFocus={focus === "address"} />
          <TextField field={fields.contact} label={t("platform.org.contact")} autoFocus={focus === "contact"} />
        </fieldset>
        <fieldset className="field">
          <legend>{t("org.settings.scoring")}</legend>
          <TextField
            field={fields.passMark}
            type="number"
            label={t("org.settings.passMark")}
            hint={t("org.settings.passMarkHint")}
            autoFocus={focus === "passMark"}
          />
          <TextField
            field={fields.rankingMinimum}
            type="number"
            label={t("org.settings.rankingMinimum")}
            autoFocus={focus === "rankingMinimum"}
          />
          <TextField
            field={fields.scoreTarget}
            type="number"
            label={t("org.settings.scoreTarget")}
            hint={t("org.settings.scoreTargetHint")}
            autoFocus={focus === "scoreTarget"}
          />
        </fieldset>
        <fieldset className="field">
          <legend>{t("org.settings.security")}</legend>
          <p className="field__hint">{t("org.settings.twoFactorRequiredHint")}</p>
          <CheckboxField field={fields.twoFactorRequired} label={t("org.settings.twoFactorRequired")} />
        </fieldset>
        <fieldset className="field">
          <legend>{t("org.settings.disputes")}</legend>
          <TextField
            field={fields.disputeWindowDays}
            type="number"
            label={t("org.settings.disputeWindow")}
            hint={t("org.settings.disputeWindowHint")}
            autoFocus={focus === "disputeWindowDays"}
          />
        </fieldset>
        <div className="button-row">
          <button type="submit">{t("form.save")}</button>
        </div>
      </Form>
      <RetentionForm retention={retention} lastResult={retentionResult} />
    </>
  );
}
