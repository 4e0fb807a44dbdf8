// Titles of the standards' clauses (checklists/clauses/*.json), shown beside each citation.
// The files only change with a deployment, so they are read once per process.
import { loadClauseCatalogue } from "~/domain/checklists/load.server";
import type { ClauseTitles } from "~/components/checklists/localize";

let cache: ClauseTitles | undefined;

export function clauseTitles(): ClauseTitles {
  if (!cache) {
    const map = new Map<string, string>();
    for (const catalogue of loadClauseCatalogue()) for (const clause of catalogue.clauses) map.set(clause.id, clause.title);
    cache = map;
  }
  return cache;
}
