import { beforeEach, describe, expect, it } from "vitest";
import {
  holdImportWrite,
  importHoldsLock,
  inWriteTurn,
  takeWriteTurn,
  writeAfterImport,
  writeUnlessImport,
  writeWhenFree,
} from "./write-gate.server";

const tick = () => new Promise((r) => setTimeout(r, 5));
function track<T>(p: Promise<T>) {
  const state = { done: false, value: undefined as T | undefined };
  void p.then((v) => Object.assign(state, { done: true, value: v }));
  return state;
}

beforeEach(() => {
  globalThis.__etalonasWriteGate = undefined;
});

describe("write gate", () => {
  it("an import waits for the turns in flight, and holds back new ones until it ends", async () => {
    const leaveFirst = await takeWriteTurn();
    const importing = track(holdImportWrite());
    await tick();
    expect(importing.done).toBe(false);
    expect(importHoldsLock()).toBe(false); // announced, not yet writing

    const second = track(takeWriteTurn());
    leaveFirst();
    await tick();
    expect(importing.done).toBe(true);
    expect(importHoldsLock()).toBe(true);
    expect(second.done).toBe(false);

    importing.value!();
    await tick();
    expect(second.done).toBe(true);
    expect(importHoldsLock()).toBe(false);
  });

  it("imports take turns", async () => {
    const endFirst = await holdImportWrite();
    const next = track(holdImportWrite());
    await tick();
    expect(next.done).toBe(false);
    endFirst();
    await tick();
    expect(next.done).toBe(true);
    next.value!();
    expect(importHoldsLock()).toBe(false);
  });

  it("a turn taken just as an import starts never overlaps it", async () => {
    const importing = holdImportWrite();
    const turn = track(takeWriteTurn());
    const end = await importing;
    await tick();
    expect(turn.done).toBe(false);
    end();
    await tick();
    expect(turn.done).toBe(true);
  });

  it("turns share the gate when no import is running; inWriteTurn leaves even when it throws", async () => {
    const a = await takeWriteTurn();
    const b = await takeWriteTurn();
    a();
    b();
    await expect(inWriteTurn(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    const importing = track(holdImportWrite());
    await tick();
    expect(importing.done).toBe(true); // no turn left behind
    importing.value!();
  });

  it("a page's write waits while an import holds the lock, and runs at once otherwise", async () => {
    const log: string[] = [];
    await writeAfterImport(() => log.push("free"));
    const end = await holdImportWrite();
    const waiting = track(writeAfterImport(() => log.push("after")));
    await tick();
    expect(waiting.done).toBe(false);
    end();
    await tick();
    expect(waiting.done).toBe(true);
    expect(log).toEqual(["free", "after"]);
  });

  it("a log entry is written at once, or queued while an import holds the lock without making the page wait", () => {
    const log: string[] = [];
    writeWhenFree(() => log.push("free"));
    expect(log).toEqual(["free"]);
    return (async () => {
      const end = await holdImportWrite();
      writeWhenFree(() => log.push("queued"));
      await tick();
      expect(log).toEqual(["free"]);
      end();
      await tick();
      expect(log).toEqual(["free", "queued"]);
    })();
  });

  it("a page's write inside a turn runs at once even when an import is announced (no deadlock)", async () => {
    const leave = await takeWriteTurn();
    const importing = track(holdImportWrite());
    await tick();
    let wrote = false;
    await writeAfterImport(() => (wrote = true));
    expect(wrote).toBe(true);
    expect(writeUnlessImport(() => undefined)).toBe(true);
    leave();
    await tick();
    importing.value!();
  });

  it("a write that may be skipped is skipped while an import holds the lock", async () => {
    const end = await holdImportWrite();
    let ran = false;
    expect(writeUnlessImport(() => (ran = true))).toBe(false);
    expect(ran).toBe(false);
    end();
    expect(writeUnlessImport(() => (ran = true))).toBe(true);
    expect(ran).toBe(true);
  });
});
