// `user:create`: an account made from the command line, with the same rules as the admin
// form (app/routes/admin.users.$id/schema.ts and userRuleErrors).
import { parseArgs } from "node:util";
import { getDb, type Db } from "../../app/db.server";
import { translate, type MessageKey, type Params } from "../../app/i18n";
import { PASSWORD_MAX, PASSWORD_MIN } from "../../app/lib/password.server";
import { findDepartmentByCode } from "../../app/models/people/department.server";
import { createUser, userRuleErrors } from "../../app/models/people/user.server";
import { NewUserSchema, passwordField } from "../../app/routes/admin.users.$id/schema";
import type { Role } from "../../db/schema";
import { readHidden } from "./prompt";
import { parseRole, ROLE_HELP } from "./roles";
import { PLATFORM_ROLES } from "../../app/domain/enums";
import { chooseOrganisation } from "./org";
import { CliError } from "./types";

const RULE = { min: PASSWORD_MIN, max: PASSWORD_MAX };

export const usage = `Usage: npm run etalonas -- user:create --email E --name N --role R [--org CODE] [--department CODE ...]

  --email        the sign-in e-mail address (unique, case-insensitive)
  --name         the person's full name
  --role         ${ROLE_HELP}
  --org          the organisation's code (may be left out when there is only one); not for
                 platform_admin and programme_viewer, who stand above the organisations
  --department   a department code; repeat for several. A supervisor needs at least one.

The password is read from ETALONAS_PASSWORD, or asked for (twice, not shown) when run in a
terminal. It must be ${PASSWORD_MIN} to ${PASSWORD_MAX} characters long; there are no other rules.`;

const OPTION_OF: Record<string, string> = {
  email: "--email",
  name: "--name",
  role: "--role",
  departmentIds: "--department",
  password: "password",
};

// The admin form's messages speak of ticking boxes; the CLI names its options instead.
const CLI_TEXT: Partial<Record<MessageKey, string>> = {
  "admin.user.departmentsRequired": "a supervisor needs at least one --department CODE",
  "admin.user.departmentUnknown": "a department is inactive",
};

/** Zod and rule messages are keys with optional JSON params ("form.tooLong|{\"max\":120}"). */
function messageText(error: string) {
  const [key, json] = error.split("|") as [MessageKey, string | undefined];
  return CLI_TEXT[key] ?? translate("en", key, json ? (JSON.parse(json) as Params) : undefined);
}

type Errors = string[];
const add = (errors: Errors, field: string, message: string) => errors.push(`${OPTION_OF[field] ?? field}: ${message}`);

function departmentIdsFor(db: Db, orgId: number | null, codes: string[], errors: Errors) {
  const ids: number[] = [];
  for (const code of codes) {
    const department = orgId === null ? undefined : findDepartmentByCode(db, orgId, code);
    if (department) ids.push(department.id);
    else add(errors, "departmentIds", `no department has the code "${code}"`);
  }
  return ids;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ETALONAS_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) throw new CliError("no password: set ETALONAS_PASSWORD, or run the command in a terminal to be asked for it.");
  const first = await readHidden(`Password (${PASSWORD_MIN}–${PASSWORD_MAX} characters): `);
  const second = await readHidden("Repeat the password: ");
  if (first !== second) throw new CliError("the two passwords differ; the user was not created.");
  return first;
}

export async function run(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      department: { type: "string", multiple: true },
      org: { type: "string" },
    },
    strict: true,
  });
  const db = getDb();
  const errors: Errors = [];
  let role: Role | null = null;
  if (values.role === undefined) add(errors, "role", `required; one of ${ROLE_HELP}`);
  else if (!(role = parseRole(values.role))) add(errors, "role", `unknown role "${values.role}"; use one of ${ROLE_HELP}`);
  const platform = role !== null && (PLATFORM_ROLES as readonly Role[]).includes(role);
  if (platform && values.org) add(errors, "--org", "platform_admin and programme_viewer belong to no organisation");
  const orgId = platform || !role ? null : chooseOrganisation(db, values.org).id;
  const departmentIds = departmentIdsFor(db, orgId, values.department ?? [], errors);
  const parsed = NewUserSchema(RULE)
    .omit({ password: true, role: true })
    .safeParse({ email: values.email, name: values.name, departmentIds });
  if (!parsed.success) for (const issue of parsed.error.issues) add(errors, String(issue.path[0]), messageText(issue.message));
  if (errors.length === 0 && parsed.success && role) {
    const ruleErrors = userRuleErrors(db, orgId ?? 0, { ...parsed.data, role, active: true }) ?? {};
    for (const [field, keys] of Object.entries(ruleErrors)) for (const key of keys) add(errors, field, messageText(key));
  }
  if (errors.length || !parsed.success || !role) throw new CliError("the user was not created:", errors);
  if (role !== "supervisor" && departmentIds.length)
    console.log("Note: departments are used only for supervisors; --department is ignored.");

  const password = passwordField(RULE).safeParse(await readPassword());
  if (!password.success)
    throw new CliError(
      "the user was not created:",
      password.error.issues.map((i) => `password: ${messageText(i.message)}`),
    );
  const user = await createUser(db, orgId, { ...parsed.data, role, active: true, password: password.data });
  const codes = role === "supervisor" ? ` for ${(values.department ?? []).map((c) => c.toUpperCase()).join(", ")}` : "";
  console.log(`Created user #${user.id} ${user.email} (${role}${codes}).`);
  return 0;
}
