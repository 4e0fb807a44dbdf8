// Statements prepared once per connection (db.server.ts `prepared` and `bound`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
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

describe("transactions", () => {
  it("take the write lock at BEGIN, so a busy database is found before anything is read", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-db-"));
    const file = path.join(dir, "lock.db");
    const holder = openDatabase(file);
    holder.$client.exec("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    const db = openDatabase(file);
    db.$client.pragma("busy_timeout = 20");
    holder.$client.exec("BEGIN IMMEDIATE");
    let read = false;
    const attempt = () =>
      db.transaction((tx) => {
        read = true;
        prepared(tx as unknown as Db, selectSetting).get({ key: "a" });
        prepared(tx as unknown as Db, insertSetting).run({ key: "a", value: "1" });
      });
    expect(attempt).toThrow(/database is locked/);
    expect(read).toBe(false);
    holder.$client.exec("COMMIT");
    attempt();
    expect(prepared(db, selectSetting).get({ key: "a" })).toEqual({ key: "a", value: "1" });
    holder.$client.close();
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
