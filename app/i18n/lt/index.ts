import { admin } from "./admin";
import { adminPeople } from "./admin-people";
import { audits } from "./audits";
import { common } from "./common";

export const lt = { ...common, ...admin, ...audits, ...adminPeople };
