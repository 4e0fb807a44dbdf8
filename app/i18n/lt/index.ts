import { account } from "./account";
import { admin } from "./admin";
import { adminPeople } from "./admin-people";
import { audits } from "./audits";
import { autocheck } from "./autocheck";
import { checklists } from "./checklists";
import { common } from "./common";
import { dashboards } from "./dashboards";
import { csv } from "./csv";
import { organisations } from "./organisations";
import { programme } from "./programme";
import { securityLog } from "./security-log";
import { twoFactor } from "./two-factor";

export const lt = {
  ...common,
  ...account,
  ...admin,
  ...audits,
  ...autocheck,
  ...adminPeople,
  ...checklists,
  ...csv,
  ...dashboards,
  ...organisations,
  ...programme,
  ...twoFactor,
  ...securityLog,
};
