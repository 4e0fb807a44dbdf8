// Disputes in the user's scope: open ones first, then decided; for those who manage
// (not employees) the outcomes by auditor, by item and by checklist.
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { disputeOutcomes, listDisputes } from "~/models/disputes/read.server";
import styles from "~/styles/audits.css";
import { DisputeList } from "./components/dispute-list";
import { OutcomeTables } from "./components/outcome-tables";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "disputes.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin", "leadership", "supervisor", "employee", "platform_admin"]);
  const db = getDb();
  return {
    open: listDisputes(db, user, { open: true }),
    decided: listDisputes(db, user, { open: false }),
    outcomes: user.role === "employee" ? null : disputeOutcomes(db, user),
  };
}

export default function DisputesPage() {
  const { t } = useI18n();
  const { open, decided, outcomes } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("disputes.title")}</h1>
      <p>{t("disputes.intro")}</p>
      <DisputeList id="open" title={t("disputes.open")} rows={open} />
      <DisputeList id="decided" title={t("disputes.decided")} rows={decided} />
      {outcomes ? <OutcomeTables outcomes={outcomes} /> : null}
    </>
  );
}
