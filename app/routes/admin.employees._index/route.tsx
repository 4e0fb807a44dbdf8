import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { LabelledSelect } from "~/components/labelled-select";
import { useI18n } from "~/lib/use-i18n";
import { listDepartments } from "~/models/people/department.server";
import { employeeFullName } from "~/domain/people/names";
import { countEmployees, DEFAULT_EMPLOYEE_SORT, EMPLOYEE_SORTS, pageEmployees } from "~/models/people/employee.server";
import { Pager } from "~/components/pager";
import { SortHeader } from "~/components/sort-header";
import { LIST_PAGE_SIZE, pageFromUrl, pageWindow, sortFromUrl } from "~/domain/lists/paging";
import styles from "~/styles/admin-people.css";
import { ScrollRegion } from "~/components/scroll-region";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.employees.title");
export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];

/** The filters live in the URL (a GET form), so a filtered list can be bookmarked and shared. */
function readFilters(url: URL) {
  const department = url.searchParams.get("department") ?? "";
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  return { departmentId: /^\d{1,12}$/.test(department) ? Number(department) : undefined, q };
}

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  const db = getDb();
  const url = new URL(request.url);
  const filters = readFilters(url);
  const sort = sortFromUrl(url, EMPLOYEE_SORTS, DEFAULT_EMPLOYEE_SORT);
  const total = countEmployees(db, user, filters);
  const page = pageFromUrl(url, total);
  const employees = pageEmployees(db, user, { ...filters, sort, ...pageWindow(page) }).map((e) => ({
    id: e.id,
    name: employeeFullName(e),
    position: e.position,
    departmentName: e.departmentName,
    active: e.active,
    account: e.userEmail,
  }));
  const departments = listDepartments(db, user).map((d) => ({ id: d.id, name: d.name }));
  return { employees, departments, filters, sort, total, page };
}

export default function EmployeesPage() {
  const { t } = useI18n();
  const { employees, departments, filters, sort, total, page } = useLoaderData<typeof loader>();
  const filtered = filters.departmentId !== undefined || filters.q !== "";
  return (
    <>
      <div className="page-head">
        <h1>{t("admin.employees.title")}</h1>
        <Link className="button" to="/admin/employees/new">
          {t("admin.employees.new")}
        </Link>
      </div>
      <Form method="get" className="card filters" role="search" aria-label={t("admin.employees.filters")}>
        <input type="hidden" name="sort" value={sort.sort} />
        <input type="hidden" name="dir" value={sort.dir} />
        <LabelledSelect
          id="filter-department"
          name="department"
          label={t("admin.employee.department")}
          value={filters.departmentId ?? ""}
          emptyLabel={t("admin.employees.allDepartments")}
          options={departments.map((d) => ({ value: d.id, label: d.name }))}
        />
        <div className="field">
          <label htmlFor="filter-q">{t("admin.employees.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.q} aria-describedby="filter-q-hint" maxLength={100} />
          <p className="field__hint" id="filter-q-hint">
            {t("admin.employees.searchHint")}
          </p>
        </div>
        <div className="button-row">
          <button type="submit">{t("admin.employees.apply")}</button>
          {filtered ? (
            <Link className="button secondary" to="/admin/employees">
              {t("admin.employees.clear")}
            </Link>
          ) : null}
        </div>
      </Form>
      <p role="status">{t("common.count.employees", { count: total })}</p>
      {employees.length === 0 ? (
        <p>{filtered ? t("admin.employees.noMatches") : t("admin.employees.empty")}</p>
      ) : (
        <ScrollRegion label={t("admin.employees.title")}>
          <table className="data">
            <caption className="visually-hidden">{t("admin.employees.title")}</caption>
            <thead>
              <tr>
                <SortHeader column="name" label={t("admin.employee.name")} sort={sort} />
                <SortHeader column="position" label={t("admin.employee.position")} sort={sort} />
                <SortHeader column="department" label={t("admin.employee.department")} sort={sort} />
                <SortHeader column="status" label={t("common.status")} sort={sort} />
                <th scope="col">{t("admin.employees.account")}</th>
              </tr>
            </thead>
            <tbody>
              {employees.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Link to={`/admin/employees/${e.id}`}>{e.name}</Link>
                  </td>
                  <td>{e.position}</td>
                  <td>{e.departmentName}</td>
                  <td>
                    <span className={e.active ? "badge ok" : "badge"}>{e.active ? t("common.active") : t("common.inactive")}</span>
                  </td>
                  <td>{e.account ?? t("common.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <Pager page={page} size={LIST_PAGE_SIZE} total={total} label={t("admin.employees.pages")} />
    </>
  );
}
