// One dispute: the employee's items and reasons, the department supervisor's first opinion,
// and leadership's decision per item (accepted, partly accepted, rejected, with reasons).
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { badRequest, notFound, requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { pageTitle } from "~/lib/meta";
import { requireIdParam } from "~/lib/params";
import { useI18n } from "~/lib/use-i18n";
import { decideDispute, giveOpinion } from "~/models/disputes/dispute.server";
import { disputeErrorResult } from "~/models/disputes/errors.server";
import { getDispute } from "~/models/disputes/read.server";
import styles from "~/styles/audits.css";
import { DisputeItems, OpinionForm } from "./components/dispute-items";
import { itemDecisions } from "./parse";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches, params }) => pageTitle(matches, "disputes.page.title", { id: params.id ?? "" });

function load(request: Request, idParam: string | undefined) {
  const user = requireUser(request);
  const db = getDb();
  const view = getDispute(db, user, requireIdParam(idParam));
  if (!view) throw notFound();
  return { user, db, view };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { view } = load(request, params.id);
  return { view };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, db, view } = load(request, params.id);
  const form = await request.formData();
  const id = view.dispute.id;
  try {
    if (form.get("intent") === "opinion") {
      giveOpinion(db, user, id, String(form.get("opinion") ?? "").slice(0, 4000));
      return redirectWithMessage(`/disputes/${id}`, "disputes.opinion.saved");
    }
    if (form.get("intent") === "decide") {
      const keys = view.items.map((i) => i.itemKey);
      decideDispute(db, user, id, itemDecisions(view.record.checklist, keys, form));
      return redirectWithMessage(`/disputes/${id}`, "disputes.decision.saved");
    }
  } catch (error) {
    const { status, ...refusal } = disputeErrorResult(error);
    return data(refusal, { status });
  }
  throw badRequest();
}

export default function DisputePage() {
  const { t } = useI18n();
  const { view } = useLoaderData<typeof loader>();
  const refusal = useActionData<typeof action>();
  return (
    <>
      <h1>{t("disputes.page.title", { id: view.record.audit.id })}</h1>
      {refusal ? (
        <p className="alert" role="alert" data-testid="dispute-error">
          {t(refusal.error, refusal.values)}
        </p>
      ) : null}
      <OpinionForm view={view} />
      <DisputeItems view={view} />
    </>
  );
}
