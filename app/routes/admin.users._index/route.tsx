import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { listUsers } from "~/models/people/user.server";
import styles from "~/styles/admin-people.css";
import { ScrollRegion } from "~/components/scroll-region";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.users.title");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ request }: LoaderFunctionArgs) {
  const actor = requireRole(request, ["admin"]);
  return { users: listUsers(getDb(), requireOrgId(actor)), actorId: actor.id };
}

export default function UsersPage() {
  const { t } = useI18n();
  const { users, actorId } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>{t("admin.users.title")}</h1>
        <Link className="button" to="/admin/users/new">
          {t("admin.users.new")}
        </Link>
      </div>
      {users.length === 0 ? (
        <p>{t("admin.users.empty")}</p>
      ) : (
        <ScrollRegion label={t("admin.users.title")}>
          <table className="data">
            <caption className="visually-hidden">{t("admin.users.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.user.name")}</th>
                <th scope="col">{t("admin.user.email")}</th>
                <th scope="col">{t("admin.user.role")}</th>
                <th scope="col">{t("admin.user.departments")}</th>
                <th scope="col">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                    {u.id === actorId ? <span className="you">{t("admin.user.you")}</span> : null}
                  </td>
                  <td>{u.email}</td>
                  <td>{t(`role.${u.role}`)}</td>
                  <td>
                    {u.role === "supervisor" && u.departments.length ? u.departments.map((d) => d.name).join(", ") : t("common.none")}
                  </td>
                  <td>
                    <span className={u.active ? "badge ok" : "badge"}>{u.active ? t("common.active") : t("common.inactive")}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
