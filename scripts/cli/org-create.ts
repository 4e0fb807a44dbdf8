// `org:create`: an organisation and its first administrator, as the platform administrator
// creates them in the browser (/platform/organisations/new), with the same rules.
import { parseArgs } from "node:util";
import { getDb } from "../../app/db.server";
import { translate, type MessageKey } from "../../app/i18n";
import { PASSWORD_MAX, PASSWORD_MIN } from "../../app/lib/password.server";
import { createOrganisation, organisationRuleErrors } from "../../app/models/organisations/manage.server";
import { NewOrganisationSchema } from "../../app/routes/platform.organisations.$id/schema";
import { readHidden } from "./prompt";
import { CliError } from "./types";

export const usage = `Usage: npm run etalonas -- org:create --code CODE --name NAME --standard VMB [--standard KMSA]
         --admin-email E --admin-name N [--legal-code K] [--address A] [--contact C]

Creates an organisation following the given standard(s) and its first administrator. The
administrator's password is read from ETALONAS_PASSWORD, or asked for in a terminal.`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ETALONAS_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new CliError("no password: set ETALONAS_PASSWORD, or run the command in a terminal to be asked for it.");
  return readHidden(`Password of the administrator (${PASSWORD_MIN}–${PASSWORD_MAX} characters): `);
}

const text = (key: string) => {
  const [k, json] = key.split("|") as [MessageKey, string | undefined];
  return translate("en", k, json ? JSON.parse(json) : undefined);
};

export async function run(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      code: { type: "string" },
      name: { type: "string" },
      standard: { type: "string", multiple: true },
      "legal-code": { type: "string" },
      address: { type: "string" },
      contact: { type: "string" },
      "admin-email": { type: "string" },
      "admin-name": { type: "string" },
    },
  });
  const parsed = NewOrganisationSchema({ min: PASSWORD_MIN, max: PASSWORD_MAX }).safeParse({
    code: values.code,
    name: values.name,
    standards: values.standard ?? [],
    legalCode: values["legal-code"],
    address: values.address,
    contact: values.contact,
    adminEmail: values["admin-email"],
    adminName: values["admin-name"],
    adminPassword: await readPassword(),
  });
  if (!parsed.success)
    throw new CliError(
      "the organisation was not created:",
      parsed.error.issues.map((i) => `${String(i.path[0])}: ${text(i.message)}`),
    );
  const db = getDb();
  const v = parsed.data;
  const rule = organisationRuleErrors(db, v, undefined, { email: v.adminEmail });
  if (rule)
    throw new CliError(
      "the organisation was not created:",
      Object.entries(rule).flatMap(([field, keys]) => keys.map((k) => `${field}: ${text(k)}`)),
    );
  const { org, admin } = await createOrganisation(
    db,
    {
      code: v.code,
      name: v.name,
      standards: v.standards,
      legalCode: v.legalCode ?? null,
      address: v.address ?? null,
      contact: v.contact ?? null,
    },
    { email: v.adminEmail, name: v.adminName, password: v.adminPassword },
  );
  console.log(`Created organisation #${org.id} ${org.name} (${org.code}) with the administrator ${admin.email}.`);
  return 0;
}
