// Two-factor sign-in on the user's own account: enrol (scan, confirm with a code, keep the
// recovery codes), see how many recovery codes are left, turn it off. Users whose
// organisation requires it are sent here until they have enrolled (app/lib/auth.server.ts).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireUserToEnrol } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { confirmEnrolment, disableTwoFactor, startEnrolment, twoFactorState } from "~/models/two-factor/enrolment.server";
import { DisableForm } from "./components/disable-form";
import { EnrolPanel, StartForm } from "./components/enrol-panel";
import { RecoveryCodes } from "./components/recovery-codes";
import { TwoFactorSchema } from "./schema";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "twoFactor.title");

const PAGE = "/account/two-factor";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = requireUserToEnrol(request);
  return { state: await twoFactorState(getDb(), user), required: !!user.twoFactorRequired };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireUserToEnrol(request);
  const parsed = TwoFactorSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data({ error: "twoFactor.wrongCode" as const, seconds: 0 }, { status: 400 });
  const db = getDb();
  const input = parsed.data;
  if (input.intent === "start") {
    if (user.twoFactorEnabled) return data({ error: "twoFactor.alreadyOn" as const, seconds: 0 }, { status: 400 });
    startEnrolment(db, user);
    throw redirect(PAGE);
  }
  if (input.intent === "confirm") {
    const result = confirmEnrolment(db, request, user, input.code);
    if (!result.ok) return data({ error: "twoFactor.wrongCode" as const, seconds: 0 }, { status: 400 });
    // Shown in this response only, never stored in plain text nor put in a cookie.
    return { codes: result.codes };
  }
  const result = await disableTwoFactor(db, request, user, input.password, input.code);
  if (result.ok) return redirectWithMessage(PAGE, "twoFactor.disabled");
  const seconds = Math.ceil((result.retryAfterMs ?? 0) / 1000);
  return data({ error: result.error, seconds }, { status: seconds ? 429 : 400 });
}

export default function TwoFactorPage() {
  const { t } = useI18n();
  const { state, required } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const error = actionData && "error" in actionData ? t(actionData.error, { seconds: actionData.seconds }) : null;
  if (actionData && "codes" in actionData) return <RecoveryCodes codes={actionData.codes} />;
  return (
    <>
      <h1>{t("twoFactor.title")}</h1>
      <p>{t("twoFactor.intro")}</p>
      {required && state.status !== "on" ? (
        <p className="alert" role="status">
          {t("twoFactor.requiredNotice")}
        </p>
      ) : null}
      {state.status === "off" ? <StartForm /> : null}
      {state.status === "pending" ? <EnrolPanel qr={state.qr} secret={state.secret} error={error} /> : null}
      {state.status === "on" ? (
        <>
          <p data-testid="two-factor-on">{t("twoFactor.onSince", { left: state.recoveryLeft })}</p>
          {required ? <p>{t("twoFactor.requiredCannotDisable")}</p> : <DisableForm error={error} />}
        </>
      ) : null}
    </>
  );
}
