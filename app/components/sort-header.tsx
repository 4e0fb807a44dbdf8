import { Link, useLocation } from "@remix-run/react";
import { sortSearch, type ListSort } from "~/domain/lists/paging";
import { useI18n } from "~/lib/use-i18n";

/**
 * A column header that sorts the list by a link (so it works without JavaScript and the order
 * stays in the URL); aria-sort tells screen readers which column orders the rows.
 */
export function SortHeader({ column, label, sort, num }: { column: string; label: string; sort: ListSort<string>; num?: boolean }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const active = sort.sort === column;
  return (
    <th scope="col" className={num ? "num" : undefined} aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link to={sortSearch(search, column, sort)} className="sort-link" data-testid={`sort-${column}`}>
        {label}
        {active ? <span aria-hidden="true">{sort.dir === "asc" ? " ▲" : " ▼"}</span> : null}
        <span className="visually-hidden"> ({active && sort.dir === "asc" ? t("list.sortDescending") : t("list.sortAscending")})</span>
      </Link>
    </th>
  );
}
