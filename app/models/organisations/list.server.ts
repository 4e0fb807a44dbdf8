// The platform administrator's list of organisations, with how much each holds.
import { asc, sql } from "drizzle-orm";
import type { Db } from "~/db.server";
import { organisations } from "../../../db/schema";

export function listOrganisationsWithCounts(db: Db) {
  return db
    .select({
      id: organisations.id,
      code: organisations.code,
      name: organisations.name,
      standards: organisations.standards,
      active: organisations.active,
      departments: sql<number>`(SELECT count(*) FROM departments d WHERE d.org_id = ${organisations.id})`,
      users: sql<number>`(SELECT count(*) FROM users u WHERE u.org_id = ${organisations.id})`,
      audits: sql<number>`(SELECT count(*) FROM audits a WHERE a.org_id = ${organisations.id})`,
    })
    .from(organisations)
    .orderBy(asc(organisations.name))
    .all();
}
