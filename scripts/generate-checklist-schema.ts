/**
 * Writes checklists/schema.json (JSON Schema of a checklist file) from the zod
 * schema, so editors validate and autocomplete the data files.
 * Run: node --import tsx scripts/generate-checklist-schema.ts
 */
import { writeFileSync } from "node:fs";
import { checklistJsonSchemaText } from "../app/domain/checklists/json-schema";

writeFileSync("checklists/schema.json", checklistJsonSchemaText());
console.log("wrote checklists/schema.json");
