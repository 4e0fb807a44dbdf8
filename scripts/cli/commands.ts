// The command table. A later command is one file in scripts/cli/ plus one line here.
import type { CommandEntry } from "./types";

export const COMMANDS: CommandEntry[] = [
  { name: "migrate", summary: "Create or update the database and load the checklists", load: () => import("./migrate") },
  {
    name: "org:create",
    summary: "Create an organisation and its first administrator: org:create --code C --name N --standard VMB …",
    load: () => import("./org-create"),
  },
  { name: "user:create", summary: "Create a user (password from ETALONAS_PASSWORD or a prompt)", load: () => import("./user-create") },
  { name: "user:list", summary: "List users with roles, departments and status", load: () => import("./user-list") },
  {
    name: "import",
    summary: "Import a CSV file: import roster FILE | import audits FILE [--org CODE] [--dry-run] [--publish]",
    load: () => import("./import"),
  },
  {
    name: "export",
    summary: "Export audits as CSV: export audits [--org CODE] [--from DATE] [--to DATE] [--checklist ID]",
    load: () => import("./export"),
  },
  { name: "template", summary: "Write a checklist's CSV import template: template <checklist-id>", load: () => import("./template") },
  {
    name: "generate",
    summary: "Generate a made-up organisation and N audits: generate --audits N [--seed S]",
    load: () => import("./generate"),
  },
  {
    name: "check-email",
    summary: "Suggest an e-mail audit's answers from .eml files: check-email REPLY.eml… --checklist ID [--sent TIME]",
    load: () => import("./check-email"),
  },
  {
    name: "check-transcript",
    summary: "Find the standard's phrases in a transcript: check-transcript FILE --checklist ID",
    load: () => import("./check-transcript"),
  },
  {
    name: "agreement",
    summary: "Inter-rater agreement of a CSV unit;rater;value: agreement FILE.csv [--level nominal|ordinal|interval]",
    load: () => import("./agreement"),
  },
  {
    name: "aggregates:rebuild",
    summary: "Recompute the dashboard aggregates from the published audits",
    load: () => import("./aggregates-rebuild"),
  },
  { name: "backup", summary: "Copy the database consistently while the server runs: backup --to FILE", load: () => import("./backup") },
  { name: "restore", summary: "Replace the database with a backup (server stopped): restore --from FILE", load: () => import("./restore") },
  {
    name: "purge",
    summary: "Delete what is past its retention period, anonymise leavers: purge [--dry-run]",
    load: () => import("./purge"),
  },
];
