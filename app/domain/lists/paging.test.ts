import { describe, expect, it } from "vitest";
import { pageFromUrl, pageWindow, sortFromUrl, sortSearch } from "./paging";

const url = (q: string) => new URL(`http://x/list${q}`);
const KEYS = ["name", "date"] as const;

describe("pageFromUrl", () => {
  it("clamps the page to the pages that exist", () => {
    expect(pageFromUrl(url("?page=3"), 120, 50)).toBe(3);
    expect(pageFromUrl(url("?page=4"), 120, 50)).toBe(3);
    expect(pageFromUrl(url("?page=0"), 120, 50)).toBe(1);
    expect(pageFromUrl(url("?page=abc"), 120, 50)).toBe(1);
    expect(pageFromUrl(url(""), 0, 50)).toBe(1);
  });
});

describe("sortFromUrl", () => {
  const fallback = { sort: "date", dir: "desc" } as const;
  it("takes a known column and direction", () => {
    expect(sortFromUrl(url("?sort=name&dir=desc"), KEYS, fallback)).toEqual({ sort: "name", dir: "desc" });
    expect(sortFromUrl(url("?sort=name"), KEYS, fallback)).toEqual({ sort: "name", dir: "asc" });
  });
  it("falls back on an unknown column, never passing it to SQL", () => {
    expect(sortFromUrl(url("?sort=password&dir=asc"), KEYS, fallback)).toEqual(fallback);
    expect(sortFromUrl(url(""), KEYS, fallback)).toEqual(fallback);
  });
});

describe("sortSearch", () => {
  it("keeps the filters, drops the page and turns the order round on the current column", () => {
    expect(sortSearch("?state=published&page=3", "name", { sort: "date", dir: "desc" })).toBe("?state=published&sort=name&dir=asc");
    expect(sortSearch("?sort=name&dir=asc", "name", { sort: "name", dir: "asc" })).toBe("?sort=name&dir=desc");
    expect(sortSearch("?sort=name&dir=desc", "name", { sort: "name", dir: "desc" })).toBe("?sort=name&dir=asc");
  });
});

describe("pageWindow", () => {
  it("gives LIMIT and OFFSET", () => {
    expect(pageWindow(1)).toEqual({ limit: 50, offset: 0 });
    expect(pageWindow(3, 25)).toEqual({ limit: 25, offset: 50 });
  });
});
