// A checklist's name as every picker, filter, list and heading shows it: the standard first,
// because both standards have checklists of the same title ("Aptarnavimas telefonu").
import { STANDARDS, type Standard } from "./citation";

type Named = { id: string; title: { lt: string; en: string } | null | undefined };

/** The standard a checklist belongs to, from its id ("kmsa-phone" → "KMSA"; the schema enforces the prefix). */
export function checklistStandard(id: string): Standard | null {
  const prefix = id.split("-")[0]?.toUpperCase();
  return (STANDARDS as readonly string[]).includes(prefix) ? (prefix as Standard) : null;
}

/** "KMSA · Aptarnavimas telefonu"; the id stands in for a title that is missing. */
export function checklistName(checklist: Named, locale: "lt" | "en"): string {
  const title = checklist.title?.[locale] ?? checklist.id;
  const standard = checklistStandard(checklist.id);
  return standard ? `${standard} · ${title}` : title;
}
