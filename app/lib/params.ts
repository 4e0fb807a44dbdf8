// Kept free of server imports so it can be used anywhere.
import { notFound } from "./http-errors";

/** A positive integer id from a route param; anything else is a 404. */
export function requireIdParam(value: string | undefined): number {
  if (!value || !/^\d{1,12}$/.test(value)) throw notFound();
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw notFound();
  return id;
}

/** "new" or a positive integer id. */
export function idOrNew(value: string | undefined): number | "new" {
  return value === "new" ? "new" : requireIdParam(value);
}
