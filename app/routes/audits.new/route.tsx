// Starting a mystery-shopper audit. Step 1 (a GET form) picks the checklist and department,
// so that without JavaScript the employee list can be that department's roster; step 2
// records the interaction and creates the draft (once per form: hidden client key).
import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { EmployeePicker } from "~/components/audit/employee-picker";
import { SelectField, TextAreaField, TextField } from "~/components/form";
import { getDb } from "~/db.server";
import { EARLIEST_INTERACTION_INPUT } from "~/domain/audit-form/interaction-time";
import { fromVilniusInput, toVilniusInput } from "~/domain/time";
import { requireRole } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { LabelledSelect } from "~/components/labelled-select";
import { useI18n } from "~/lib/use-i18n";
import { listFillableChecklists } from "~/models/audits/checklists.server";
import { listUserOrganisations } from "~/models/organisations/organisation.server";
import { activeRoster, auditableDepartments, createDraft } from "~/models/audits/draft.server";
import { AuditActionError } from "~/models/audits/errors.server";
import { findScenario, scenariosOf } from "~/models/checklists/scenario-library.server";
import styles from "~/styles/audits.css";
import { StartAuditSchema } from "./schema";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "audits.start.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["mystery_shopper"]);
  const db = getDb();
  const url = new URL(request.url);
  // A shopper working for several organisations picks one: its checklists and departments follow.
  const organisations = listUserOrganisations(db, user).map((o) => ({ id: o.id, name: o.name }));
  // Their own organisation unless they chose another.
  const org =
    organisations.find((o) => String(o.id) === url.searchParams.get("orgId")) ??
    organisations.find((o) => o.id === user.orgId) ??
    (organisations.length === 1 ? organisations[0] : undefined);
  const checklists = org
    ? listFillableChecklists(db, "mystery_shopper", org.id).map((c) => ({
        id: c.id,
        title: c.checklist.title,
        channels: c.checklist.channels,
      }))
    : [];
  const departments = org ? auditableDepartments(db, org.id) : [];
  const checklist = checklists.find((c) => c.id === url.searchParams.get("checklistId"));
  const department = departments.find((d) => String(d.id) === url.searchParams.get("departmentId"));
  return {
    organisations,
    org: org ?? null,
    checklists,
    departments,
    chosen:
      checklist && department
        ? {
            checklist,
            department,
            roster: activeRoster(db, department.id),
            scenarios: scenariosOf(checklist.id).map((s) => ({ key: s.key, title: s.title, channel: s.channel })),
          }
        : null,
    clientKey: globalThis.crypto.randomUUID(),
    now: toVilniusInput(Date.now()),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ["mystery_shopper"]);
  const submission = parseWithZod(await request.formData(), { schema: StartAuditSchema });
  if (submission.status !== "success") return submission.reply();
  const v = submission.value;
  const interactionAt = fromVilniusInput(v.interactionAt);
  if (interactionAt === null) return submission.reply({ fieldErrors: { interactionAt: ["audits.error.dateTime"] } });
  const libraryScenario = v.scenarioKey ? findScenario(v.scenarioKey) : null;
  if (libraryScenario === undefined) return submission.reply({ fieldErrors: { scenarioKey: ["audits.error.scenario"] } });
  try {
    const audit = createDraft(getDb(), user, {
      clientKey: v.clientKey,
      checklistId: v.checklistId,
      channel: v.channel,
      departmentId: v.departmentId,
      employeeId: v.employee === "unknown" ? null : Number(v.employee),
      unknownEmployeeDescription: v.employee === "unknown" ? (v.unknownDescription ?? null) : null,
      interactionAt,
      location: v.location,
      scenario: v.scenario ?? null,
      libraryScenario,
    });
    return redirectWithMessage(`/audits/${audit.id}/edit`, "audits.start.created");
  } catch (error) {
    if (!(error instanceof AuditActionError) || error.messageKey === "not_found") throw error;
    const fieldFor: Record<string, string> = {
      "audits.error.future": "interactionAt",
      "audits.error.tooEarly": "interactionAt",
      "audits.error.employee": "employee",
      "audits.error.unknownDescription": "unknownDescription",
      "audits.error.channel": "channel",
      "audits.error.scenario": "scenarioKey",
      "audits.error.scenarioChannel": "scenarioKey",
    };
    const name = fieldFor[error.messageKey];
    return submission.reply(name ? { fieldErrors: { [name]: [error.messageKey] } } : { formErrors: [error.messageKey] });
  }
}

export default function NewAuditPage() {
  const { t, locale } = useI18n();
  const { organisations, org, checklists, departments, chosen, clientKey, now } = useLoaderData<typeof loader>();
  const noChecklists = !!org && !checklists.length;
  return (
    <>
      <h1>{t("audits.start.title")}</h1>
      {organisations.length > 1 ? (
        // Its own form: choosing the organisation reloads the lists of its checklists and departments.
        <Form method="get" className="card" data-testid="start-organisation">
          <LabelledSelect
            id="orgId"
            label={t("audits.new.organisation")}
            hint={t("audits.new.organisationHint")}
            value={org?.id ?? ""}
            required
            emptyLabel="—"
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <button type="submit" className="secondary" data-testid="start-organisation-choose">
            {t("audits.new.organisationChoose")}
          </button>
        </Form>
      ) : null}
      {noChecklists ? <p className="notice">{t("audits.start.noChecklists")}</p> : null}
      <Form method="get" className="card" data-testid="start-step1" hidden={noChecklists}>
        <h2>{t("audits.start.step1")}</h2>
        {org && organisations.length > 1 ? <input type="hidden" name="orgId" value={org.id} /> : null}
        {org ? (
          <>
            <LabelledSelect
              id="checklistId"
              label={t("audits.field.checklist")}
              value={chosen?.checklist.id ?? ""}
              required
              emptyLabel="—"
              options={checklists.map((c) => ({ value: c.id, label: checklistName(c, locale) }))}
            />
            <LabelledSelect
              id="departmentId"
              label={t("audits.field.department")}
              value={chosen?.department.id ?? ""}
              required
              emptyLabel="—"
              options={departments.map((d) => ({ value: d.id, label: d.name }))}
            />
          </>
        ) : null}
        <button type="submit" className={chosen ? "secondary" : "primary"} data-testid="start-continue">
          {t("audits.start.choose")}
        </button>
      </Form>
      {chosen ? (
        <StartForm key={`${chosen.checklist.id}-${chosen.department.id}`} chosen={chosen} clientKey={clientKey} now={now} />
      ) : (
        <p className="muted">{t("audits.start.pickFirst")}</p>
      )}
    </>
  );
}

type Chosen = NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["chosen"]>;

function StartForm({ chosen, clientKey, now }: { chosen: Chosen; clientKey: string; now: string }) {
  const { t, locale } = useI18n();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(StartAuditSchema),
    defaultValue: { channel: chosen.checklist.channels[0], interactionAt: now },
    shouldValidate: "onBlur",
    // Once a field shows an error, it is re-checked as the user types, so the error is gone
    // before they press the button (re-checking on blur moved the button under the click).
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StartAuditSchema }),
  });
  const channelOptions = chosen.checklist.channels.map((c) => ({ value: c, label: t(`audits.channel.${c}`) }));
  return (
    <Form method="post" {...getFormProps(form)} className="card" data-testid="start-form">
      <h2>{t("audits.start.step2")}</h2>
      <p>
        <strong>{checklistName(chosen.checklist, locale)}</strong> · {chosen.department.name}
      </p>
      <input type="hidden" name="clientKey" value={clientKey} />
      <input type="hidden" name="checklistId" value={chosen.checklist.id} />
      <input type="hidden" name="departmentId" value={chosen.department.id} />
      {form.errors?.length ? (
        <p className="alert" role="alert" id={form.errorId}>
          {form.errors.map((e) => t(e as Parameters<typeof t>[0])).join(" ")}
        </p>
      ) : null}
      <SelectField field={fields.channel} label={t("audits.field.channel")} options={channelOptions} />
      <div className="field">
        <label htmlFor={fields.interactionAt.id}>{t("audits.field.interactionAt")}</label>
        <input {...getInputProps(fields.interactionAt, { type: "datetime-local" })} min={EARLIEST_INTERACTION_INPUT} max={now} />
        {fields.interactionAt.errors ? (
          <p className="field__error" id={fields.interactionAt.errorId}>
            {fields.interactionAt.errors.map((e) => t(e as Parameters<typeof t>[0])).join(" ")}
          </p>
        ) : null}
      </div>
      <TextField field={fields.location} label={t("audits.field.location")} hint={t("audits.field.locationHint")} />
      {chosen.scenarios.length ? (
        <SelectField
          field={fields.scenarioKey}
          label={t("audits.field.libraryScenario")}
          hint={t("audits.field.libraryScenarioHint")}
          placeholder={t("audits.field.noLibraryScenario")}
          options={chosen.scenarios.map((s) => ({ value: s.key, label: `${s.title[locale]} (${t(`audits.channel.${s.channel}`)})` }))}
        />
      ) : null}
      <TextAreaField
        field={fields.scenario}
        label={t("audits.field.scenario")}
        hint={chosen.scenarios.length ? t("audits.field.scenarioNotes") : t("audits.field.scenarioHint")}
      />
      <EmployeePicker employeeField={fields.employee} descriptionField={fields.unknownDescription} roster={chosen.roster} />
      <div className="button-row">
        <button type="submit" data-testid="start-submit">
          {t("audits.start.submit")}
        </button>
      </div>
    </Form>
  );
}
