import type { lt } from "../lt";
import type { PluralForms } from "../types";
import { account } from "./account";
import { admin } from "./admin";
import { adminPeople } from "./admin-people";
import { audits } from "./audits";
import { autocheck } from "./autocheck";
import { calibration } from "./calibration";
import { checklists } from "./checklists";
import { common } from "./common";
import { dashboards } from "./dashboards";
import { field } from "./field";
import { disputes } from "./disputes";
import { csv } from "./csv";
import { organisations } from "./organisations";
import { privacy } from "./privacy";
import { programme } from "./programme";
import { insight } from "./insight";
import { securityLog } from "./security-log";
import { twoFactor } from "./two-factor";

export const en: Record<keyof typeof lt, string | PluralForms> = {
  ...common,
  ...account,
  ...admin,
  ...audits,
  ...autocheck,
  ...calibration,
  ...adminPeople,
  ...checklists,
  ...csv,
  ...dashboards,
  ...field,
  ...disputes,
  ...organisations,
  ...privacy,
  ...programme,
  ...insight,
  ...twoFactor,
  ...securityLog,
};
