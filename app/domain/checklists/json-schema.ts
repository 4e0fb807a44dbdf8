/** The JSON Schema text of checklists/schema.json, generated from the zod schema. */
import { z } from "zod";
import { ChecklistFileSchema } from "./schema";

export function checklistJsonSchemaText(): string {
  // io "input": the schema of the file as written, where defaulted fields are optional.
  // Refinements (unique keys, citation/standard match) are not expressible in JSON Schema;
  // the loader and tests enforce them.
  const schema = z.toJSONSchema(ChecklistFileSchema, { io: "input" });
  return JSON.stringify({ ...schema, title: "Etalonas checklist" }, null, 2) + "\n";
}
