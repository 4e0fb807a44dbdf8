import { admin } from "./admin";
import { audits } from "./audits";
import { common } from "./common";

export const lt = { ...common, ...admin, ...audits };
