import { admin } from "./admin";
import { common } from "./common";

export const lt = { ...common, ...admin };
