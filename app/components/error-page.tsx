import { Link } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

const KINDS: Record<number, "badRequest" | "forbidden" | "notFound"> = {
  400: "badRequest",
  403: "forbidden",
  404: "notFound",
  405: "badRequest",
};

/** The one error page for 400, 403, 404 and 500 (and anything else). */
export function ErrorPage({ status }: { status: number }) {
  const { t } = useI18n();
  const kind = KINDS[status] ?? "server";
  return (
    <section className="error-page" aria-labelledby="error-title">
      <p className="error-page__code">{status}</p>
      <h1 id="error-title">{t(`error.${kind}.title`)}</h1>
      <p>{t(`error.${kind}.body`)}</p>
      <p>
        <Link to="/">{t("error.backHome")}</Link>
      </p>
    </section>
  );
}
