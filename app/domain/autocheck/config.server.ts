/** Reads checklists/autocheck.json (the same folder the checklists are loaded from). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAutocheckConfig, type AutocheckConfig } from "./config";

const cache = new Map<string, AutocheckConfig>();

export function loadAutocheckConfig(dir = "checklists"): AutocheckConfig {
  let config = cache.get(dir);
  if (!config) cache.set(dir, (config = parseAutocheckConfig(JSON.parse(readFileSync(join(dir, "autocheck.json"), "utf8")))));
  return config;
}
