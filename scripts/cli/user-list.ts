// `user:list`: every user as a plain-text table.
import { parseArgs } from "node:util";
import { existingDb } from "./database";
import { listUsers } from "../../app/models/people/user.server";
import { chooseOrganisation } from "./org";
import { formatTable } from "./table";

export const usage = `Usage: npm run etalonas -- user:list [--org CODE]

Lists the organisation's users: id, e-mail, name, role, departments (supervisors only) and
status. --org may be left out when there is only one organisation.`;

export async function run(argv: string[]) {
  const { values } = parseArgs({ args: argv, options: { org: { type: "string" } }, strict: true });
  const db = existingDb();
  const users = listUsers(db, chooseOrganisation(db, values.org).id);
  if (users.length === 0) {
    console.log("No users yet. Create one with: npm run etalonas -- user:create --email E --name N --role admin");
    return 0;
  }
  const rows = users.map((u) => [
    String(u.id),
    u.email,
    u.name,
    u.role,
    u.departments.map((d) => d.code).join(",") || "-",
    u.active ? "yes" : "no",
  ]);
  console.log(formatTable(["ID", "E-MAIL", "NAME", "ROLE", "DEPARTMENTS", "ACTIVE"], rows));
  return 0;
}
