import { beforeEach, describe, expect, it } from "vitest";
import { enterImportWrite, enterWriteRequest, importFinished, importWriting } from "./write-gate.server";

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
  it("an import waits for the write requests in flight, and holds back new ones until it ends", async () => {
    const leaveFirst = await enterWriteRequest();
    const importing = track(enterImportWrite());
    await tick();
    expect(importing.done).toBe(false);
    expect(importWriting()).toBe(true); // announced: new requests wait from now on

    const second = track(enterWriteRequest());
    leaveFirst();
    await tick();
    expect(importing.done).toBe(true);
    expect(second.done).toBe(false);

    importing.value!();
    await tick();
    expect(second.done).toBe(true);
    expect(importWriting()).toBe(false);
  });

  it("imports take turns; importFinished waits while any is writing", async () => {
    const endFirst = await enterImportWrite();
    const next = track(enterImportWrite());
    const finished = track(importFinished());
    await tick();
    expect(next.done).toBe(false);
    endFirst();
    await tick();
    expect(next.done).toBe(true);
    expect(finished.done).toBe(false);
    next.value!();
    await tick();
    expect(finished.done).toBe(true);
    expect(importWriting()).toBe(false);
  });

  it("a request entering just as an import starts never overlaps it", async () => {
    const importing = enterImportWrite();
    const request = track(enterWriteRequest());
    const end = await importing;
    await tick();
    expect(request.done).toBe(false);
    end();
    await tick();
    expect(request.done).toBe(true);
  });

  it("write requests share the gate when no import is running", async () => {
    const a = await enterWriteRequest();
    const b = await enterWriteRequest();
    a();
    b();
    expect(importWriting()).toBe(false);
  });
});
