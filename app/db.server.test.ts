// Statements prepared once per connection (db.server.ts `prepared` and `bound`).
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bound, openDatabase, prepared, type Db } from "./db.server";
import { settings } from "../db/schema";

function freshDb() {
  const db = openDatabase(":memory:");
  db.$client.exec("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
  return db;
}

const selectSetting = (db: Db) => db.select().from(settings).where(eq(settings.key, bound("key"))).prepare();
const insertSetting = (db: Db) => db.insert(settings).values({ key: bound("key"), value: bound("value") }).prepare();

describe("prepared", () => {
  it("builds a query once per connection and reuses it", () => {
    const db = freshDb();
    let builds = 0;
    const counted = (d: Db) => (builds++, selectSetting(d));
    expect(prepared(db, counted)).toBe(prepared(db, counted));
    expect(builds).toBe(1);
    const other = freshDb();
    expect(prepared(other, counted)).not.toBe(prepared(db, counted));
    expect(builds).toBe(2);
  });

  it("runs inside a transaction, which rolls its writes back on error", () => {
    const db = freshDb();
    prepared(db, insertSetting).run({ key: "a", value: "1" });
    expect(() =>
      db.transaction((tx) => {
        prepared(tx as unknown as Db, insertSetting).run({ key: "b", value: "2" });
        expect(prepared(tx as unknown as Db, selectSetting).get({ key: "b" })).toEqual({ key: "b", value: "2" });
        throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(prepared(db, selectSetting).get({ key: "a" })).toEqual({ key: "a", value: "1" });
    expect(prepared(db, selectSetting).get({ key: "b" })).toBeUndefined();
  });
});
