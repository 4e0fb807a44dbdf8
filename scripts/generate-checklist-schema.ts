/**
 * Writes checklists/schema.json (JSON Schema of a checklist file) from the zod
 * schema, so editors validate and autocomplete the data files.
 * Run: node --import tsx scripts/generate-checklist-schema.ts
 * Refinements (unique keys, citation/standard match) are not expressible in
 * JSON Schema; the loader and tests enforce them.
 */
import { writeFileSync } from "node:fs";
import { z } from "zod";
import { ChecklistFileSchema } from "../app/domain/checklists/schema";

// io "input": the schema of the file as written, where defaulted fields are optional.
const schema = z.toJSONSchema(ChecklistFileSchema, { io: "input" });
const withMeta = { ...schema, title: "Etalonas checklist" };
writeFileSync("checklists/schema.json", JSON.stringify(withMeta, null, 2) + "\n");
console.log("wrote checklists/schema.json");
