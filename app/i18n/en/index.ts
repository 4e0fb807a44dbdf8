import type { lt } from "../lt";
import type { PluralForms } from "../types";
import { account } from "./account";
import { admin } from "./admin";
import { adminPeople } from "./admin-people";
import { audits } from "./audits";
import { checklists } from "./checklists";
import { common } from "./common";
import { dashboards } from "./dashboards";
import { csv } from "./csv";

export const en: Record<keyof typeof lt, string | PluralForms> = {
  ...common,
  ...account,
  ...admin,
  ...audits,
  ...adminPeople,
  ...checklists,
  ...csv,
  ...dashboards,
};
