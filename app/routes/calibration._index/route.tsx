// Calibration sessions the user coordinates (administrators, leadership) or was invited to.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { COORDINATOR_ROLES, listSessions } from "~/models/calibration/access.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "title.calibration");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin", "leadership", "supervisor", "mystery_shopper"]);
  return {
    sessions: listSessions(getDb(), user),
    canCreate: (COORDINATOR_ROLES as readonly string[]).includes(user.role),
  };
}

export default function CalibrationListPage() {
  const { t, date } = useI18n();
  const { sessions, canCreate } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("calibration.title")}</h1>
      <p>{t("calibration.intro")}</p>
      {canCreate ? (
        <p>
          <Link to="/calibration/new" className="button primary" data-testid="new-session">
            {t("calibration.new")}
          </Link>{" "}
          <Link to="/calibration/overview" data-testid="overview-link">
            {t("calibration.overview.link")}
          </Link>
        </p>
      ) : null}
      {sessions.length === 0 ? (
        <p>{t("calibration.list.empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("calibration.list.caption")}>
          <table className="data" data-testid="sessions">
            <caption className="visually-hidden">{t("calibration.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("calibration.list.session")}</th>
                <th scope="col">{t("calibration.list.deadline")}</th>
                <th scope="col">{t("calibration.list.state")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link to={`/calibration/${s.id}`}>{s.title}</Link>
                  </td>
                  <td>{date(s.deadline)}</td>
                  <td>{t(`calibration.state.${s.state}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
