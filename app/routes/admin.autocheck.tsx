// The automatic checks' accuracy in real use: per checklist item, how often auditors kept the
// checker's suggestion when they submitted the audit (issue 14).
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { getDb } from "~/db.server";
import { requireRole } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { autocheckAgreement } from "~/models/audits/autocheck.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "admin.autocheck.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireRole(request, ["admin"]);
  return { rows: autocheckAgreement(getDb(), user) };
}

export default function AutocheckAgreementPage() {
  const { t, locale, number } = useI18n();
  const { rows } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("admin.autocheck.title")}</h1>
      <p>{t("admin.autocheck.intro")}</p>
      {rows.length === 0 ? (
        <p className="muted" data-testid="autocheck-empty">
          {t("admin.autocheck.empty")}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data stack" data-testid="autocheck-agreement">
            <thead>
              <tr>
                <th scope="col">{t("admin.autocheck.checklist")}</th>
                <th scope="col">{t("admin.autocheck.item")}</th>
                <th scope="col" className="num">
                  {t("admin.autocheck.suggestions")}
                </th>
                <th scope="col" className="num">
                  {t("admin.autocheck.agreed")}
                </th>
                <th scope="col" className="num">
                  {t("admin.autocheck.overridden")}
                </th>
                <th scope="col" className="num">
                  {t("admin.autocheck.rate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.checklistId}/${r.itemKey}`} data-testid={`agreement-${r.itemKey}`}>
                  <td data-label={t("admin.autocheck.checklist")}>{r.checklistName[locale]}</td>
                  <td data-label={t("admin.autocheck.item")}>{r.itemText[locale]}</td>
                  <td data-label={t("admin.autocheck.suggestions")} className="num">
                    {number(r.suggestions)}
                  </td>
                  <td data-label={t("admin.autocheck.agreed")} className="num">
                    {number(r.agreed)}
                  </td>
                  <td data-label={t("admin.autocheck.overridden")} className="num" data-testid={`overridden-${r.itemKey}`}>
                    {number(r.overridden)}
                  </td>
                  <td data-label={t("admin.autocheck.rate")} className="num">
                    {number(Math.round((r.agreed / r.suggestions) * 100))} %
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
