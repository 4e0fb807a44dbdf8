/** Spellings of audit types and channels accepted in files (compared after normaliseHeader). */
import type { AuditType, Channel } from "../checklists/schema";
import { normaliseHeader } from "./headers";

const AUDIT_TYPE: Record<string, AuditType> = {
  mystery_shopper: "mystery_shopper",
  slaptasis_klientas: "mystery_shopper",
  slaptasis_pirkejas: "mystery_shopper",
  supervisor: "supervisor",
  skyriaus_vadovas: "supervisor",
  vadovas: "supervisor",
  patikrinimas: "supervisor",
};

const CHANNEL: Record<string, Channel> = {
  in_person: "in_person",
  kontaktinis: "in_person",
  kontaktinis_aptarnavimas: "in_person",
  gyvai: "in_person",
  biure: "in_person",
  phone: "phone",
  telefonas: "phone",
  tel: "phone",
  email: "email",
  e_mail: "email",
  el_pastas: "email",
  el_p: "email",
  home_visit: "home_visit",
  vizitas_i_namus: "home_visit",
  vizitas_namuose: "home_visit",
  namuose: "home_visit",
};

export const parseAuditType = (cell: string): AuditType | undefined => AUDIT_TYPE[normaliseHeader(cell)];
export const parseChannel = (cell: string): Channel | undefined => CHANNEL[normaliseHeader(cell)];
