// Shared by check-email and check-transcript: finding the checklist (from the files, no
// database needed) and refusing one of another channel.
import { loadChecklistFiles } from "../../app/domain/checklists/load.server";
import type { Channel, Checklist } from "../../app/domain/checklists/schema";
import { CliError } from "./types";

export function checklistFor(id: string | undefined, allowed: Channel[], what: string): Checklist {
  const all = loadChecklistFiles().map((l) => l.checklist);
  const fitting = all.filter((c) => c.channels.some((ch) => allowed.includes(ch))).map((c) => c.id);
  if (!id) throw new CliError(`Which checklist? Give --checklist, one of:`, fitting);
  const checklist = all.find((c) => c.id === id);
  if (!checklist) throw new CliError(`Unknown checklist "${id}". Checklists for ${what}:`, fitting);
  if (!checklist.channels.some((ch) => allowed.includes(ch)))
    throw new CliError(`Checklist "${id}" is for ${checklist.channels.join(", ")}, not for ${what}. Checklists for ${what}:`, fitting);
  return checklist;
}
