import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvSchema, parseEnv } from "./env.server";

/** The README's configuration table: variable → default ("—" when there is none). */
function readmeTable(): Map<string, string> {
  const readme = fs.readFileSync(path.resolve(import.meta.dirname, "../README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Configuration"));
  const start = section.indexOf("| variable |");
  const table = section.slice(start, section.indexOf("\n\n", start));
  const rows = new Map<string, string>();
  for (const line of table.split("\n").slice(2)) {
    const [name, fallback] = line
      .split("|")
      .slice(1, 3)
      .map((cell) => cell.trim());
    rows.set(name.replace(/`/g, ""), fallback.replace(/`/g, ""));
  }
  return rows;
}

describe("environment", () => {
  it("the README's table lists every variable of the schema and no other, with the same defaults", () => {
    const defaults = parseEnv({});
    const schema = new Map(Object.keys(EnvSchema.shape).map((name) => [name, String(defaults[name as keyof typeof defaults] ?? "—")]));
    expect(Object.fromEntries(readmeTable())).toEqual(Object.fromEntries(schema));
  });

  it("reads values, treats empty ones as unset, and names every invalid variable", () => {
    const e = parseEnv({ PORT: "8080", SEED_DEMO: "", APP_ORIGIN: "https://etalonas.example.lt/, http://localhost:5173" });
    expect(e.PORT).toBe(8080);
    expect(e.SEED_DEMO).toBe("1");
    expect(e.APP_ORIGIN).toEqual(["https://etalonas.example.lt", "http://localhost:5173"]);
    const message = (() => {
      try {
        parseEnv({ PORT: "trys", TRUST_PROXY: "yes", APP_ORIGIN: "ne adresas" });
        return "";
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/^Invalid environment/);
    for (const name of ["PORT", "TRUST_PROXY", "APP_ORIGIN"]) expect(message).toContain(`  ${name}: `);
  });
});
