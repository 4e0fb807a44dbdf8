// `--org CODE`: which organisation a command works in. Without it, the installation's only
// organisation; with several, the operator must say which.
import type { Db } from "../../app/db.server";
import { findOrganisationByCode, type Organisation } from "../../app/models/organisations/organisation.server";
import { organisations } from "../../db/schema";
import { CliError } from "./types";

export function chooseOrganisation(db: Db, code: string | undefined): Organisation {
  if (code) {
    const found = findOrganisationByCode(db, code);
    if (!found) throw new CliError(`No organisation with the code ${code}.`);
    return found;
  }
  const all = db.select().from(organisations).all();
  if (all.length === 1) return all[0];
  if (!all.length) throw new CliError("There is no organisation yet: create one with `org:create` first.");
  throw new CliError(`Say which organisation: --org CODE (one of ${all.map((o) => o.code).join(", ")}).`);
}
