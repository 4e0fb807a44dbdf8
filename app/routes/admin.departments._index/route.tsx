import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { useI18n } from "~/lib/use-i18n";
import { listDepartments } from "~/models/people/department.server";
import { ScrollRegion } from "~/components/scroll-region";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.departments.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  return { departments: listDepartments(getDb(), user) };
}

export default function DepartmentsPage() {
  const { t } = useI18n();
  const { departments } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>{t("admin.departments.title")}</h1>
        <Link className="button" to="/admin/departments/new">
          {t("admin.departments.new")}
        </Link>
      </div>
      {departments.length === 0 ? (
        <p>{t("admin.departments.empty")}</p>
      ) : (
        <ScrollRegion label={t("admin.departments.title")}>
          <table className="data">
            <caption className="visually-hidden">{t("admin.departments.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.department.code")}</th>
                <th scope="col">{t("admin.department.name")}</th>
                <th scope="col" className="num">
                  {t("nav.employees")}
                </th>
                <th scope="col">{t("common.status")}</th>
              </tr>
            </thead>
            <tbody>
              {departments.map((d) => (
                <tr key={d.id}>
                  <td>{d.code}</td>
                  <td>
                    <Link to={`/admin/departments/${d.id}`}>{d.name}</Link>
                  </td>
                  <td className="num">{d.employeeCount}</td>
                  <td>{d.active ? t("common.active") : t("common.inactive")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
