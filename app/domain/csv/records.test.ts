import { describe, expect, it } from "vitest";
import { createLineBreakNormaliser, createLineCounter, isBlankRecord, recordSpan } from "./records";

describe("line breaks and line numbers", () => {
  it("normalises CRLF and CR to LF, also when CRLF is split between chunks", () => {
    const n = createLineBreakNormaliser();
    expect(n.push("a;b\r") + n.push("\n1;2\r") + n.push("3;4") + n.end()).toBe("a;b\n1;2\n3;4");
    const m = createLineBreakNormaliser();
    expect(m.push("x\r") + m.end()).toBe("x\n");
  });
  it("counts the lines a record spans, quoted line breaks included", () => {
    expect(recordSpan(["a", "b"])).toBe(1);
    expect(recordSpan(["a", "eil.\nantra\ntrečia"])).toBe(3);
    const next = createLineCounter();
    expect([next(["h"]), next(["x\ny"]), next([""]), next(["z"])]).toEqual([1, 2, 4, 5]);
  });
  it("sees empty lines and separator-only lines as blank", () => {
    expect(isBlankRecord([""])).toBe(true);
    expect(isBlankRecord(["", " ", ""])).toBe(true);
    expect(isBlankRecord(["", "x"])).toBe(false);
  });
});
