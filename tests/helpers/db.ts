import { getDb, type Db } from "../../app/db.server";

/** The test file's own database, migrated. */
export function testDb(): Db {
  return getDb();
}
