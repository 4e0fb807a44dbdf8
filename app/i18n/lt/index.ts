import { account } from "./account";
import { admin } from "./admin";
import { adminPeople } from "./admin-people";
import { audits } from "./audits";
import { checklists } from "./checklists";
import { common } from "./common";
import { dashboards } from "./dashboards";
import { csv } from "./csv";

export const lt = { ...common, ...account, ...admin, ...audits, ...adminPeople, ...checklists, ...csv, ...dashboards };
