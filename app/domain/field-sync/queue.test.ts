import { describe, expect, it } from "vitest";
import {
  adopt,
  edited,
  failed,
  newRecord,
  nextOp,
  pendingKeys,
  queueSubmit,
  resolve,
  retryDelay,
  saved,
  stale,
  submitDone,
  waitingCount,
} from "./queue";

const server = { a: "yes", b: "no" };
let n = 0;
const key = () => `key-${++n}-abcdef`;

describe("field sync queue", () => {
  it("has nothing to send until the user changes something", () => {
    const r = newRecord(3, server);
    expect(nextOp(r)).toBeNull();
    expect(waitingCount(r)).toBe(0);
  });

  it("sends every answer with the revision it started from, and counts what waits", () => {
    const r = edited(newRecord(3, server), { a: "no", b: "no", c: "yes" });
    expect(pendingKeys(r)).toEqual(["a", "c"]);
    expect(waitingCount(r)).toBe(2);
    expect(nextOp(r)).toEqual({ kind: "save", values: { a: "no", b: "no", c: "yes" }, baseRevision: 3 });
  });

  it("retry: a failed save is sent again unchanged, later each time, up to a minute", () => {
    let r = edited(newRecord(1, server), { a: "no", b: "no" });
    const first = nextOp(r);
    r = failed(r);
    r = failed(r);
    expect(nextOp(r)).toEqual(first);
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 4, 10].map((f) => retryDelay(f, mid))).toEqual([0, 2000, 4000, 8000, 16000, 60000]);
    expect(retryDelay(1, () => 0)).toBe(1500);
    expect(retryDelay(1, () => 1)).toBe(2500);
    r = saved(r, first!.values, 2, 1000);
    expect(r.failures).toBe(0);
    expect(nextOp(r)).toBeNull();
  });

  it("ordering: a change made while a save was on its way still waits after that save is confirmed", () => {
    let r = edited(newRecord(1, server), { a: "no", b: "no" });
    const op = nextOp(r)!;
    r = edited(r, { a: "partial", b: "no" }); // typed while the request was in flight
    r = saved(r, op.values, 2, 1000);
    expect(pendingKeys(r)).toEqual(["a"]);
    expect(nextOp(r)).toEqual({ kind: "save", values: { a: "partial", b: "no" }, baseRevision: 2 });
    expect(r.confirmedAt).toBe(1000);
  });

  it("idempotency: a submit keeps its key over retries and a second press, and carries every answer", () => {
    let r = queueSubmit(edited(newRecord(5, server), { a: "no", b: "no" }), key);
    const op = nextOp(r);
    expect(op).toMatchObject({ kind: "submit", baseRevision: 5, values: { a: "no", b: "no" } });
    r = failed(queueSubmit(failed(r), key));
    expect(nextOp(r)).toEqual(op);
    expect(waitingCount(r)).toBe(2);
    r = submitDone(r);
    expect(r.submit).toBeNull();
    expect(queueSubmit(r, key).submit!.key).not.toBe((op as { key: string }).key);
  });

  it("a stale write is merged per answer: the server's other changes come in, this device's stay", () => {
    let r = edited(newRecord(1, { a: "yes", b: "no" }), { a: "no", b: "no" });
    r = stale(r, { a: "yes", b: "yes", c: "na" }, 4);
    expect(r.local).toEqual({ a: "no", b: "yes", c: "na" });
    expect(r.base).toEqual({ a: "yes", b: "yes", c: "na" });
    expect(r.conflicts).toEqual([]);
    expect(nextOp(r)).toEqual({ kind: "save", values: { a: "no", b: "yes", c: "na" }, baseRevision: 4 });
  });

  it("a conflict holds the queue until the user decides, and drops a queued submit", () => {
    let r = queueSubmit(edited(newRecord(1, { a: "yes" }), { a: "no" }), key);
    r = stale(r, { a: "partial" }, 2);
    expect(r.conflicts).toEqual([{ key: "a", local: "no", server: "partial" }]);
    expect(r.submit).toBeNull();
    expect(nextOp(r)).toBeNull();
    const mine = resolve(r, "a", "local");
    expect(nextOp(mine)).toEqual({ kind: "save", values: { a: "no" }, baseRevision: 2 });
    const theirs = resolve(r, "a", "server");
    expect(theirs.local).toEqual({ a: "partial" });
    expect(nextOp(theirs)).toBeNull();
  });

  it("a clean merge keeps the queued submit", () => {
    let r = queueSubmit(edited(newRecord(1, { a: "yes", b: "yes" }), { a: "no", b: "yes" }), key);
    r = stale(r, { a: "yes", b: "no" }, 2);
    expect(nextOp(r)).toMatchObject({ kind: "submit", values: { a: "no", b: "no" }, baseRevision: 2 });
  });

  it("a new tab takes over a closed tab's unsent answers, but never over a newer value", () => {
    const closed = edited(newRecord(1, { a: "yes", b: "yes" }), { a: "no", b: "partial", c: "yes" });
    const fresh = newRecord(2, { a: "yes", b: "no" }); // the server changed b since
    const r = adopt(fresh, closed);
    expect(r.local).toEqual({ a: "no", b: "no", c: "yes" });
    expect(nextOp(r)).toEqual({ kind: "save", values: { a: "no", b: "no", c: "yes" }, baseRevision: 2 });
  });
});
