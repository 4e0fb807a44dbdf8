import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ScrollRegion } from "~/components/scroll-region";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { listOrganisationsWithCounts } from "~/models/organisations/list.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "platform.title");

export function loader({ request }: LoaderFunctionArgs) {
  requireRole(request, ["platform_admin"]);
  return { organisations: listOrganisationsWithCounts(getDb()) };
}

export default function OrganisationsPage() {
  const { t, number } = useI18n();
  const { organisations } = useLoaderData<typeof loader>();
  return (
    <>
      <div className="page-head">
        <h1>{t("platform.title")}</h1>
        <Link className="button" to="/platform/organisations/new">
          {t("platform.new")}
        </Link>
      </div>
      <p>{t("platform.intro")}</p>
      {organisations.length === 0 ? (
        <p>{t("platform.empty")}</p>
      ) : (
        <ScrollRegion label={t("platform.title")}>
          <table className="data">
            <caption className="visually-hidden">{t("platform.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("platform.org.code")}</th>
                <th scope="col">{t("platform.org.name")}</th>
                <th scope="col">{t("platform.org.standards")}</th>
                <th scope="col" className="num">
                  {t("platform.col.departments")}
                </th>
                <th scope="col" className="num">
                  {t("platform.col.users")}
                </th>
                <th scope="col" className="num">
                  {t("platform.col.audits")}
                </th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.id}>
                  <td>{o.code}</td>
                  <td>
                    <Link to={`/platform/organisations/${o.id}`}>{o.name}</Link>
                  </td>
                  <td>{o.standards.join(", ")}</td>
                  <td className="num">{number(o.departments)}</td>
                  <td className="num">{number(o.users)}</td>
                  <td className="num">{number(o.audits)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
