// The staff notice (GDPR Art. 13): how the organisation handles its staff's data. Every
// member of an organisation may read it; it is linked from the home page.
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StaffNotice } from "~/components/privacy/notice";
import { getDb } from "~/db.server";
import { notFound, requireOrgId, requireUser } from "~/lib/auth.server";
import { pageTitle } from "~/lib/meta";
import { useI18n } from "~/lib/use-i18n";
import { getNotice } from "~/models/privacy/notice.server";

export const meta: MetaFunction = ({ matches }) => pageTitle(matches, "privacy.notice.title");

export function loader({ request }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const notice = getNotice(getDb(), requireOrgId(user));
  if (!notice) throw notFound();
  return { notice, canEdit: user.role === "admin" };
}

export default function PrivacyNoticePage() {
  const { t, date } = useI18n();
  const { notice, canEdit } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("privacy.notice.title")}</h1>
      <p>{t("privacy.notice.intro", { organisation: notice.organisation.name })}</p>
      <StaffNotice organisation={notice.organisation} purpose={notice.purpose} contact={notice.contact} retention={notice.retention} />
      {notice.updatedAt ? <p>{t("privacy.notice.updated", { date: date(notice.updatedAt) })}</p> : null}
      {canEdit ? (
        <p>
          <Link className="button secondary" to="/admin/privacy-notice">
            {t("privacy.notice.edit")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
