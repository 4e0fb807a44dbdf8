// `agreement FILE.csv`, run as operators run it: a child process printing one JSON object.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-agreement-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args]);
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

/** Krippendorff (2011)'s 4 observers × 12 units as rows unit,rater,value (missing left empty). */
function krippendorffCsv(separator: string) {
  const rows = {
    A: [1, 2, 3, 3, 2, 1, 4, 1, 2, "", "", ""],
    B: [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, "", 3],
    C: ["", 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, ""],
    D: [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, ""],
  };
  const lines = [["unit", "rater", "value"].join(separator)];
  for (const [rater, values] of Object.entries(rows)) values.forEach((v, u) => lines.push([`u${u + 1}`, rater, v].join(separator)));
  return lines.join("\n") + "\n";
}

describe("agreement command", { timeout: 120_000 }, () => {
  it("prints Krippendorff's published α at each level, rounded to 4 decimals", async () => {
    const file = write("k.csv", krippendorffCsv(","));
    const expected = { nominal: 0.7434, ordinal: 0.8154, interval: 0.8491 };
    for (const [level, alpha] of Object.entries(expected)) {
      const { code, out } = await cli(["agreement", file, "--level", level]);
      expect(code).toBe(0);
      const result = JSON.parse(out);
      expect(result).toMatchObject({ units: 12, raters: 4, level, krippendorff_alpha: alpha, fleiss_kappa: null, cohen_kappa: null });
      expect(result.percent_agreement).toBe(0.7818);
      expect(result.gwet_ac1).toBe(0.7754);
      const [low, high] = result.alpha_95ci;
      expect(low).toBeLessThan(alpha);
      expect(high).toBeGreaterThan(alpha);
      expect(Object.keys(result)).toEqual([
        "units",
        "raters",
        "level",
        "krippendorff_alpha",
        "alpha_95ci",
        "percent_agreement",
        "fleiss_kappa",
        "cohen_kappa",
        "gwet_ac1",
      ]);
    }
  });

  it("reads a Windows-1257 file with ';' and the taip / iš dalies / ne scale as ordinal; two raters give Cohen's κ", async () => {
    const text =
      "unit;rater;value\n1;Ona;taip\n1;Jonas;iš dalies\n2;Ona;ne\n2;Jonas;ne\n3;Ona;taip\n3;Jonas;taip\n4;Ona;netaikoma\n4;Jonas;taip\n";
    // Windows-1257 writes š as the single byte 0xF0.
    const bytes = Buffer.from(text.replace("š", "\u00f0"), "latin1");
    const { code, out } = await cli(["agreement", write("cp1257.csv", bytes)]);
    expect(code).toBe(0);
    const result = JSON.parse(out);
    expect(result).toMatchObject({ units: 4, raters: 2, level: "ordinal", percent_agreement: 0.6667 });
    // Unit 4 has one value (the other is netaikoma), so the units differ in size: no Fleiss κ.
    expect(result.fleiss_kappa).toBeNull();
    // Cohen: p_o = 2/3; Ona yes,no,yes; Jonas partial,no,yes → p_e = 2/9 + 1/9 = 1/3 → κ = 0.5.
    expect(result.cohen_kappa).toBe(0.5);
  });

  it("bad input: a clear error with its line and exit code 1", async () => {
    const duplicate = await cli(["agreement", write("dup.csv", "unit;rater;value\n1;Ona;taip\n1;Ona;ne\n")]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.err).toContain('line 3: rater "Ona" already rated unit "1" on line 2');
    const header = await cli(["agreement", write("header.csv", "item;coder;score\n1;a;1\n")]);
    expect(header.code).toBe(1);
    expect(header.err).toContain("line 1: unknown header");
    const scale = await cli(["agreement", write("scale.csv", "unit;rater;value\n1;a;taip\n1;b;gal būt\n"), "--level", "ordinal"]);
    expect(scale.code).toBe(1);
    expect(scale.err).toContain('line 3: "gal būt" is not on the scale taip / iš dalies / ne');
    expect((await cli(["agreement", write("ok.csv", "unit;rater;value\n1;a;1\n"), "--level", "ratio"])).code).toBe(1);
    expect((await cli(["agreement", path.join(dir, "missing.csv")])).code).toBe(1);
  });
});
