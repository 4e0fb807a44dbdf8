import { describe, expect, it } from "vitest";
import { changedKeys, mergeAnswers } from "./merge";

describe("mergeAnswers", () => {
  const base = { a: "yes", b: "no", c: "yes" };

  it("takes the server's value where only the server changed an answer", () => {
    const r = mergeAnswers(base, base, { ...base, b: "yes" });
    expect(r).toEqual({ merged: { a: "yes", b: "yes", c: "yes" }, conflicts: [] });
  });

  it("keeps the local value where only this device changed an answer", () => {
    const r = mergeAnswers(base, { ...base, a: "partial" }, base);
    expect(r).toEqual({ merged: { a: "partial", b: "no", c: "yes" }, conflicts: [] });
  });

  it("merges changes of different answers from both sides", () => {
    const r = mergeAnswers(base, { ...base, a: "no" }, { ...base, c: "na" });
    expect(r).toEqual({ merged: { a: "no", b: "no", c: "na" }, conflicts: [] });
  });

  it("the same change on both sides is no conflict", () => {
    const r = mergeAnswers(base, { ...base, a: "no" }, { ...base, a: "no" });
    expect(r.conflicts).toEqual([]);
    expect(r.merged.a).toBe("no");
  });

  it("different changes of one answer are a conflict, keeping the local value until the user decides", () => {
    const r = mergeAnswers(base, { ...base, a: "no" }, { ...base, a: "partial" });
    expect(r.conflicts).toEqual([{ key: "a", local: "no", server: "partial" }]);
    expect(r.merged.a).toBe("no");
  });

  it("treats a missing key as unanswered: answers added or cleared on one side win", () => {
    const added = mergeAnswers({}, { x: "yes" }, {});
    expect(added).toEqual({ merged: { x: "yes" }, conflicts: [] });
    const cleared = mergeAnswers({ x: "yes" }, { x: "yes" }, {});
    expect(cleared).toEqual({ merged: {}, conflicts: [] });
    const clearedLocally = mergeAnswers({ x: "yes" }, {}, { x: "yes" });
    expect(clearedLocally).toEqual({ merged: {}, conflicts: [] });
  });

  it("a local clear against a server change is a conflict", () => {
    const r = mergeAnswers({ x: "yes" }, {}, { x: "no" });
    expect(r.conflicts).toEqual([{ key: "x", local: "", server: "no" }]);
    expect(r.merged).toEqual({});
  });

  it("is symmetric in which side wins an unconflicted change", () => {
    const local = { ...base, a: "no" };
    const server = { ...base, b: "yes" };
    expect(mergeAnswers(base, local, server).merged).toEqual(mergeAnswers(base, server, local).merged);
  });
});

describe("changedKeys", () => {
  it("lists keys whose values differ, absent counting as empty", () => {
    expect(changedKeys({ a: "1", b: "2" }, { a: "1", b: "3", c: "4" })).toEqual(["b", "c"]);
    expect(changedKeys({ a: "" }, {})).toEqual([]);
  });
});
