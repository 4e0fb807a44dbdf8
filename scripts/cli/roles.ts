// Role names an operator may type: the internal names, and the Lithuanian ones with or
// without diacritics (vadovybė / vadovybe), in any case.
import type { Role } from "../../db/schema";

const ALIASES: Record<string, Role> = {
  admin: "admin",
  administratorius: "admin",
  leadership: "leadership",
  vadovybe: "leadership",
  supervisor: "supervisor",
  vadovas: "supervisor",
  "skyriaus-vadovas": "supervisor",
  mystery_shopper: "mystery_shopper",
  "mystery-shopper": "mystery_shopper",
  klientas: "mystery_shopper",
  "slaptasis-klientas": "mystery_shopper",
  employee: "employee",
  darbuotojas: "employee",
  platform_admin: "platform_admin",
  "platform-admin": "platform_admin",
  "platformos-administratorius": "platform_admin",
  programme_viewer: "programme_viewer",
  "programme-viewer": "programme_viewer",
  "programos-stebetojas": "programme_viewer",
};

/** The role an operator meant, or null. */
export function parseRole(text: string): Role | null {
  const key = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .trim()
    .replace(/[\s-]+/g, "-");
  return ALIASES[key] ?? ALIASES[key.replace(/_/g, "-")] ?? null;
}

export const ROLE_HELP =
  "admin (administratorius), leadership (vadovybė), supervisor (vadovas), mystery_shopper (klientas), employee (darbuotojas), " +
  "platform_admin (platformos-administratorius), programme_viewer (programos-stebetojas)";
