import { Link, useLocation } from "@remix-run/react";
import { useI18n } from "~/lib/use-i18n";

export { pageFromUrl } from "~/domain/lists/paging";

/** "51–100 of 1 503" (always, so the total is known) with previous and next links that keep the other query parameters. */
export function Pager({ page, size, total, label }: { page: number; size: number; total: number; label: string }) {
  const { t, number } = useI18n();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / size));
  if (total === 0) return null;
  const href = (n: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(n));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__status" data-testid="pager-status">
        {t("pager.status", { from: number((page - 1) * size + 1), to: number(Math.min(page * size, total)), total: number(total) })}
      </p>
      {page > 1 ? (
        <Link className="button secondary" to={href(page - 1)} rel="prev">
          {t("pager.previous")}
        </Link>
      ) : null}
      {page < pages ? (
        <Link className="button secondary" to={href(page + 1)} rel="next">
          {t("pager.next")}
        </Link>
      ) : null}
    </nav>
  );
}
