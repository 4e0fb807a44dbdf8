import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireUser } from "~/lib/auth.server";
import { useI18n, useRootData } from "~/lib/use-i18n";
import { listDepartments } from "~/models/people/department.server";
import { pageTitle } from "~/lib/meta";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "nav.home");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const departments =
    user.role === "supervisor" ? listDepartments(getDb(), user).map((d) => ({ id: d.id, name: d.name, code: d.code })) : [];
  // Role landing: an account linked to an employee record gets a link to its own results.
  const myResults = user.role !== "mystery_shopper" && user.employeeId ? user.employeeId : null;
  // Everyone of an organisation may read how it handles their data.
  const notice = user.orgId !== null;
  return { departments, myResults, notice };
}

export default function HomePage() {
  const { t } = useI18n();
  const root = useRootData();
  const { departments, myResults, notice } = useLoaderData<typeof loader>();
  const user = root?.user;
  if (!user) return null;
  return (
    <>
      <h1>{t("home.title", { name: user.name })}</h1>
      <p>{t("home.role", { role: t(`role.${user.role}`) })}</p>
      {user.role === "supervisor" ? (
        <section className="card" aria-labelledby="my-departments">
          <h2 id="my-departments">{t("home.departmentsYouSupervise")}</h2>
          {departments.length ? (
            <ul className="link-list" data-testid="supervisor-departments">
              {departments.map((d) => (
                <li key={d.id}>
                  <Link to={`/dashboards/departments/${d.id}`} data-testid="home-department-link">
                    {t("home.myDepartmentResults", { name: d.name })}
                  </Link>{" "}
                  ({d.code})
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("home.noDepartments")}</p>
          )}
        </section>
      ) : null}
      {myResults ? (
        <p>
          <Link className="button" to={`/dashboards/employees/${myResults}`} data-testid="home-my-results">
            {t("nav.myResults")}
          </Link>
        </p>
      ) : null}
      {notice ? (
        <p>
          <Link to="/privacy" data-testid="home-privacy-notice">
            {t("home.privacyNotice")}
          </Link>
        </p>
      ) : null}
      {root.nav.length > 1 ? (
        <section className="card" aria-labelledby="what-you-can-do">
          <h2 id="what-you-can-do">{t("home.whatYouCanDo")}</h2>
          <ul className="link-list">
            {root.nav
              .filter((item) => item.to !== "/")
              .map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{t(item.label)}</Link>
                </li>
              ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
