// Statements prepared once per connection (db.server.ts `prepared` and `bound`).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bound, openDatabase, prepared, statement, type Db } from "./db.server";
import { settings } from "../db/schema";

function freshDb() {
  const db = openDatabase(":memory:");
  db.$client.exec("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
  return db;
}

const selectSetting = (db: Db) =>
  db
    .select()
    .from(settings)
    .where(eq(settings.key, bound("key")))
    .prepare();
const insertSetting = (db: Db) =>
  db
    .insert(settings)
    .values({ key: bound("key"), value: bound("value") })
    .prepare();

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
        prepared(tx, insertSetting).run({ key: "b", value: "2" });
        expect(prepared(tx, selectSetting).get({ key: "b" })).toEqual({ key: "b", value: "2" });
        throw new Error("stop");
      }),
    ).toThrow("stop");
    expect(prepared(db, selectSetting).get({ key: "a" })).toEqual({ key: "a", value: "1" });
    expect(prepared(db, selectSetting).get({ key: "b" })).toBeUndefined();
  });
});

describe("statement", () => {
  it("prepares plain SQL once per connection; transactions and savepoints use the connection's", () => {
    const db = freshDb();
    const insert = "INSERT INTO settings (key, value) VALUES (?, ?)";
    expect(statement(db, insert)).toBe(statement(db, insert));
    expect(statement(freshDb(), insert)).not.toBe(statement(db, insert));
    expect(() =>
      db.transaction((tx) => {
        expect(tx.$client).toBe(db.$client);
        statement(tx, insert).run("a", "1");
        // A nested transaction is a savepoint: its failure undoes only its own writes.
        expect(() =>
          tx.transaction((sp) => {
            expect(sp.$client).toBe(db.$client);
            statement(sp, insert).run("b", "2");
            throw new Error("inner");
          }),
        ).toThrow("inner");
        expect(statement(tx, "SELECT key FROM settings").pluck().all()).toEqual(["a"]);
        throw new Error("outer");
      }),
    ).toThrow("outer");
    expect(statement(db, "SELECT count(*) FROM settings").pluck().get()).toBe(0);
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
        prepared(tx, selectSetting).get({ key: "a" });
        prepared(tx, insertSetting).run({ key: "a", value: "1" });
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
