import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireOrgId, requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { countUsers, DEFAULT_USER_SORT, listUsers, USER_SORTS } from "~/models/people/user.server";
import styles from "~/styles/admin-people.css";
import { ScrollRegion } from "~/components/scroll-region";
import { LabelledSelect } from "~/components/labelled-select";
import { Pager } from "~/components/pager";
import { SortHeader } from "~/components/sort-header";
import { ORG_ROLES, isOneOf } from "~/domain/enums";
import { LIST_PAGE_SIZE, pageFromUrl, pageWindow, sortFromUrl } from "~/domain/lists/paging";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.users.title");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

export function loader({ request }: LoaderFunctionArgs) {
  const actor = requireRole(request, ["admin"]);
  const orgId = requireOrgId(actor);
  const url = new URL(request.url);
  const param = url.searchParams.get("role");
  // The filters, sort and page live in the URL (a GET form), so a view can be bookmarked.
  const filter = { role: isOneOf(ORG_ROLES, param) ? param : undefined };
  const sort = sortFromUrl(url, USER_SORTS, DEFAULT_USER_SORT);
  const db = getDb();
  const total = countUsers(db, orgId, filter);
  const page = pageFromUrl(url, total);
  return {
    users: listUsers(db, orgId, { ...filter, sort, ...pageWindow(page) }),
    total,
    page,
    sort,
    role: filter.role ?? "",
    actorId: actor.id,
  };
}

export default function UsersPage() {
  const { t } = useI18n();
  const { users, total, page, sort, role, actorId } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>{t("admin.users.title")}</h1>
        <Link className="button" to="/admin/users/new">
          {t("admin.users.new")}
        </Link>
      </div>
      <Form method="get" className="card filters" role="search" aria-label={t("admin.employees.filters")}>
        <input type="hidden" name="sort" value={sort.sort} />
        <input type="hidden" name="dir" value={sort.dir} />
        <LabelledSelect
          id="filter-role"
          name="role"
          label={t("admin.user.role")}
          value={role}
          emptyLabel={t("admin.users.allRoles")}
          options={ORG_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <div className="button-row">
          <button type="submit">{t("admin.employees.apply")}</button>
          {role ? (
            <Link className="button secondary" to="/admin/users">
              {t("admin.employees.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
      {users.length === 0 ? (
        <p>{role ? t("admin.users.noMatches") : t("admin.users.empty")}</p>
      ) : (
        <ScrollRegion label={t("admin.users.title")}>
          <table className="data">
            <caption className="visually-hidden">{t("admin.users.title")}</caption>
            <thead>
              <tr>
                <SortHeader column="name" label={t("admin.user.name")} sort={sort} />
                <SortHeader column="email" label={t("admin.user.email")} sort={sort} />
                <th scope="col">{t("admin.user.role")}</th>
                <th scope="col">{t("admin.user.departments")}</th>
                <SortHeader column="status" label={t("common.status")} sort={sort} />
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
      <Pager page={page} size={LIST_PAGE_SIZE} total={total} label={t("admin.users.pages")} />
    </>
  );
}
