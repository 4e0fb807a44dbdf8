// Paged lists keep their page, sort and filters in the URL (a link or a bookmark shows the
// same rows, and it all works without JavaScript); SQL does the paging with LIMIT/OFFSET.

/** Rows on one page of every paged list. */
export const LIST_PAGE_SIZE = 50;

export type SortDir = "asc" | "desc";
export type ListSort<K extends string> = { sort: K; dir: SortDir };

/** The 1-based page number in `?page=`, clamped to what exists. */
export function pageFromUrl(url: URL, total: number, size: number = LIST_PAGE_SIZE): number {
  const pages = Math.max(1, Math.ceil(total / size));
  const n = Number.parseInt(url.searchParams.get("page") ?? "1", 10);
  return Number.isFinite(n) ? Math.min(Math.max(1, n), pages) : 1;
}

/** `?sort=` and `?dir=` when they name a sortable column, else the list's default. */
export function sortFromUrl<K extends string>(url: URL, keys: readonly K[], fallback: ListSort<K>): ListSort<K> {
  const key = url.searchParams.get("sort");
  if (!key || !(keys as readonly string[]).includes(key)) return fallback;
  const dir = url.searchParams.get("dir");
  return { sort: key as K, dir: dir === "asc" || dir === "desc" ? dir : "asc" };
}

/**
 * The link of a column header: sorts by that column (again: the other way round), keeps the
 * filters, and goes back to the first page, since the rows on page 3 change with the order.
 */
export function sortSearch(search: string, key: string, current: ListSort<string>): string {
  const params = new URLSearchParams(search);
  params.set("sort", key);
  params.set("dir", current.sort === key && current.dir === "asc" ? "desc" : "asc");
  params.delete("page");
  return `?${params}`;
}

/** LIMIT and OFFSET of a page. */
export const pageWindow = (page: number, size: number = LIST_PAGE_SIZE) => ({ limit: size, offset: (page - 1) * size });
