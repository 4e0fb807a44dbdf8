// No import cycles in app/models: a module's imports are loaded before it, so a cycle makes
// one of its modules see the other half-initialised (and hides which depends on which).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const MODELS = path.resolve(import.meta.dirname);
const APP = path.resolve(MODELS, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [file] : [];
  });
}

/** The files of app/models that `file` imports (static, dynamic and type-only imports alike). */
function importsOf(file: string, known: Set<string>): string[] {
  const text = fs.readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);
  return specs
    .map((spec) =>
      spec.startsWith("~/") ? path.join(APP, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null,
    )
    .flatMap((base) => (base ? [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")] : []))
    .filter((candidate) => known.has(candidate));
}

/** One cycle of the graph as a path that ends where it starts, or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe("app/models imports", () => {
  it("finds a cycle when there is one, and none in a tree", () => {
    expect(
      findCycle(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", ["a"]],
          ["d", ["a"]],
        ]),
      ),
    ).toEqual(["a", "b", "c", "a"]);
    expect(
      findCycle(
        new Map([
          ["a", ["b", "c"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toBeNull();
  });

  it("form no cycle", () => {
    const files = sourceFiles(MODELS);
    expect(files.length).toBeGreaterThan(20);
    const known = new Set(files);
    const graph = new Map(files.map((f) => [f, importsOf(f, known)]));
    expect([...graph.values()].flat().length).toBeGreaterThan(20);
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => path.relative(MODELS, f)).join(" → ") ?? null).toBeNull();
  });
});
