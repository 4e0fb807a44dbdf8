import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ActiveToggle } from "~/components/checklists/active-toggle";
import { ChecklistFacts } from "~/components/checklists/checklist-facts";
import { getDb } from "~/db.server";
import { STANDARDS } from "~/domain/checklists/schema";
import { badRequest, notFound, requireOrgId, requireRole, requireUser } from "~/lib/auth.server";
import { redirectWithMessage } from "~/lib/flash.server";
import { useI18n } from "~/lib/use-i18n";
import { getChecklist, listChecklists, setChecklistActive } from "~/models/checklists/checklist.server";
import styles from "~/styles/checklists.css";
import { ToggleActiveSchema } from "./schema";
import { checklistName } from "~/domain/checklists/name";
import { pageTitle } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "checklists.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  return { checklists: listChecklists(getDb(), user), canToggle: user.role === "admin", role: user.role };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const submission = parseWithZod(await request.formData(), { schema: ToggleActiveSchema });
  if (submission.status !== "success") throw badRequest();
  const { id, active } = submission.value;
  const db = getDb();
  // Only a checklist of the organisation's standards: another standard's does not exist for its administrator.
  if (!getChecklist(db, user, id)) throw notFound();
  const changed = setChecklistActive(db, requireOrgId(user), id, active);
  if (!changed) throw notFound();
  const title = changed.title?.[user.locale] ?? id;
  return redirectWithMessage("/checklists", active ? "checklists.activated" : "checklists.deactivated", { title });
}

export default function ChecklistsPage() {
  const { t, locale } = useI18n();
  const { checklists, canToggle, role } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("checklists.title")}</h1>
      <p>{t("checklists.intro")}</p>
      {role === "mystery_shopper" ? <p className="muted">{t("checklists.introShopper")}</p> : null}
      {checklists.length === 0 ? <p>{t("checklists.empty")}</p> : null}
      {STANDARDS.map((standard) => {
        const group = checklists.filter((c) => c.standard === standard);
        if (group.length === 0) return null;
        return (
          <section key={standard} aria-labelledby={`standard-${standard}`}>
            <h2 id={`standard-${standard}`}>
              {t(`checklists.standard.${standard}`)} <span className="muted">({standard})</span>
            </h2>
            <ul className="checklist-cards">
              {group.map((c) => (
                <li key={c.id} className={`card checklist-card${c.active ? "" : " checklist-card--inactive"}`}>
                  <h3>
                    <Link to={`/checklists/${c.id}`}>{checklistName(c, locale)}</Link>
                  </h3>
                  {c.active ? null : (
                    <p className="badge checklist-card__inactive">
                      <span aria-hidden="true">⏸ </span>
                      {t("checklists.inactive")}
                    </p>
                  )}
                  <ChecklistFacts
                    channels={c.channels}
                    auditTypes={c.auditTypes}
                    passMark={c.passMark}
                    itemCount={c.itemCount}
                    sectionCount={c.sectionCount}
                  />
                  {canToggle ? <ActiveToggle id={c.id} active={c.active} title={checklistName(c, locale)} /> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
