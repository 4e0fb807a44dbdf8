// The operator CLI, run as operators run it: a child process on its own database file.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "~/db.server";
import { createDepartment } from "~/models/people/department.server";
import { verifyPassword } from "~/lib/password.server";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-cli-"));
const file = path.join(dir, "cli.db");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function cli(args: string[], password?: string, database = file): Promise<{ code: number | null; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database };
  delete env.ETALONAS_PASSWORD;
  if (password !== undefined) env.ETALONAS_PASSWORD = password;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], { env });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
    // stdin is a pipe, not a terminal, so the CLI must not wait for a typed password.
    child.stdin.end();
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, out, err }));
  });
}

/** Reads the CLI's database directly, as the app would. */
function withDb<T>(fn: (db: ReturnType<typeof openDatabase>) => T): T {
  const db = openDatabase(file);
  try {
    return fn(db);
  } finally {
    db.$client.close();
  }
}

const PASSWORD = "operatoriaus slaptažodis";

// Each run starts Node and tsx (about 2 s of CPU), so a busy machine needs a long timeout.
describe("operator CLI", { timeout: 120_000 }, () => {
  it("lists its commands", async () => {
    const { code, out } = await cli(["help"]);
    expect(code).toBe(0);
    for (const name of ["migrate", "org:create", "user:create", "user:list", "help"]) expect(out).toContain(name);
    expect((await cli(["no-such-command"])).code).toBe(1);
  });

  it("reading commands on a missing database say what is wrong and create nothing", async () => {
    for (const args of [["template", "kmsa-phone"], ["user:list"], ["export", "audits"], ["aggregates:rebuild"]]) {
      const { code, out, err } = await cli(args);
      expect(code, args.join(" ")).toBe(1);
      expect(out).toBe("");
      expect(err).toContain(`There is no database at ${file}.`);
      expect(err).toContain("npm run etalonas -- migrate");
      expect(fs.existsSync(file)).toBe(false);
    }
  });

  it("template on a database without checklists says so", async () => {
    const bare = path.join(dir, "bare.db");
    const bareDb = openDatabase(bare);
    migrateDatabase(bareDb);
    bareDb.$client.close();
    const { code, err } = await cli(["template", "kmsa-phone"], undefined, bare);
    expect(code).toBe(1);
    expect(err).toContain("The database has no checklists.");
  });

  it("migrate creates the database and loads the checklists, then finds nothing to do", async () => {
    const first = await cli(["migrate"]);
    expect(first.err).toBe("");
    expect(first.code).toBe(0);
    expect(first.out).toContain("(created)");
    expect(first.out).toMatch(/Migrations: \d+ applied/);
    expect(first.out).toMatch(/Checklists: [1-9]\d* added/);
    const checklists = withDb((db) => (db.$client.prepare("select count(*) as n from checklists").get() as { n: number }).n);
    expect(checklists).toBeGreaterThan(0);
    const again = await cli(["migrate"]);
    expect(again.code).toBe(0);
    expect(again.out).toContain("Migrations: up to date");
    expect(again.out).toMatch(/Checklists: 0 added, 0 new versions, \d+ unchanged/);
    // A new database holds no organisation: commands that work in one say how to make it.
    const none = await cli(["user:list"]);
    expect(none.code).toBe(1);
    expect(none.err).toContain("There is no organisation yet: create one with `org:create` first.");
  });

  it("org:create makes an organisation and its first administrator", async () => {
    const { code, out, err } = await cli(
      [
        "org:create",
        "--code",
        "vmb",
        "--name",
        "SĮ „Vilniaus miesto būstas“",
        "--standard",
        "VMB",
        "--legal-code",
        "124771135",
        "--admin-email",
        "Pirmasis@VMB.lt",
        "--admin-name",
        "Pirmasis Administratorius",
      ],
      PASSWORD,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toMatch(/Created organisation #\d+ SĮ „Vilniaus miesto būstas“ \(VMB\) with the administrator pirmasis@vmb\.lt\./);
    const org = withDb((db) => db.$client.prepare("select * from organisations").all()) as Record<string, unknown>[];
    expect(org).toEqual([
      expect.objectContaining({
        code: "VMB",
        name: "SĮ „Vilniaus miesto būstas“",
        legal_code: "124771135",
        standards: '["VMB"]',
        active: 1,
      }),
    ]);
    const admin = withDb(
      (db) =>
        db.$client.prepare("select * from users where email = ?").get("pirmasis@vmb.lt") as {
          role: string;
          org_id: number;
          password_hash: string;
        },
    );
    expect(admin).toMatchObject({ role: "admin", org_id: org[0].id });
    expect(await verifyPassword(admin.password_hash, PASSWORD)).toBe(true);
    withDb((db) => createDepartment(db, org[0].id as number, { code: "KAS", name: "Klientų aptarnavimo skyrius", active: true }));
  });

  it.concurrent.for<[string, string[], string | undefined, RegExp]>([
    [
      "a taken code (in any case)",
      ["--code", "Vmb", "--standard", "VMB", "--admin-email", "x@demo.lt"],
      PASSWORD,
      /code: An organisation with this code already exists/,
    ],
    [
      "an unknown standard",
      ["--code", "NEW", "--standard", "ISO", "--admin-email", "x@demo.lt"],
      PASSWORD,
      /standards: There is no such standard/,
    ],
    ["no standard", ["--code", "NEW", "--admin-email", "x@demo.lt"], PASSWORD, /standards: Choose at least one standard/],
    ["a bad code", ["--code", "N E W", "--standard", "VMB", "--admin-email", "x@demo.lt"], PASSWORD, /code: The code may hold letters/],
    [
      "a taken administrator's e-mail",
      ["--code", "NEW", "--standard", "VMB", "--admin-email", "PIRMASIS@vmb.lt"],
      PASSWORD,
      /adminEmail: A user with this e-mail address already exists/,
    ],
    [
      "a short password",
      ["--code", "NEW", "--standard", "VMB", "--admin-email", "x@demo.lt"],
      "trumpas",
      /adminPassword: .*at least 12 characters/,
    ],
    ["no password and no terminal", ["--code", "NEW", "--standard", "VMB", "--admin-email", "x@demo.lt"], undefined, /ETALONAS_PASSWORD/],
  ])("org:create refuses %s with exit code 1", async ([, args, password, message], { expect }) => {
    const { code, out, err } = await cli(["org:create", "--name", "Nauja", "--admin-name", "X", ...args], password);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(out).not.toContain("Created organisation");
    const counts = withDb(
      (db) =>
        db.$client
          .prepare("select (select count(*) from organisations) as orgs, (select count(*) from users where email = 'x@demo.lt') as users")
          .get() as { orgs: number; users: number },
    );
    expect(counts).toEqual({ orgs: 1, users: 0 });
  });

  it("user:create makes an admin with a hashed password", async () => {
    const { code, out, err } = await cli(
      ["user:create", "--email", "Rasa@Demo.LT", "--name", "Rasa Šimkutė", "--role", "administratorius"],
      PASSWORD,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(out).toContain("Created user");
    const row = withDb(
      (db) => db.$client.prepare("select * from users where email = ?").get("rasa@demo.lt") as { role: string; password_hash: string },
    );
    expect(row.role).toBe("admin");
    expect(await verifyPassword(row.password_hash, PASSWORD)).toBe(true);
  });

  it("user:create makes a supervisor of the given departments (Lithuanian role name)", async () => {
    const { code } = await cli(
      ["user:create", "--email", "vedeja@demo.lt", "--name", "Laima Vedėja", "--role", "vadovas", "--department", "kas"],
      PASSWORD,
    );
    expect(code).toBe(0);
    const codes = withDb((db) =>
      db.$client
        .prepare(
          "select d.code from user_departments ud join users u on u.id = ud.user_id join departments d on d.id = ud.department_id where u.email = ?",
        )
        .all("vedeja@demo.lt"),
    );
    expect(codes).toEqual([{ code: "KAS" }]);
  });

  // Independent refusals, run side by side: each is a separate process.
  it.concurrent.for<[string, string[], string | undefined, RegExp]>([
    ["a bad role", ["--email", "x@demo.lt", "--name", "X", "--role", "boss"], PASSWORD, /--role: unknown role "boss"/],
    ["a short password", ["--email", "x@demo.lt", "--name", "X", "--role", "employee"], "trumpas", /password: .*at least 12 characters/],
    [
      "a supervisor without departments",
      ["--email", "x@demo.lt", "--name", "X", "--role", "supervisor"],
      PASSWORD,
      /at least one --department/,
    ],
    [
      "an unknown department",
      ["--email", "x@demo.lt", "--name", "X", "--role", "supervisor", "--department", "NOPE"],
      PASSWORD,
      /no department has the code "NOPE"/,
    ],
    [
      "a taken e-mail",
      ["--email", "RASA@demo.lt", "--name", "X", "--role", "employee"],
      PASSWORD,
      /--email: A user with this e-mail address already exists/,
    ],
    ["a bad e-mail and no name", ["--email", "ne-adresas", "--role", "employee"], PASSWORD, /--email: Enter a valid e-mail[\s\S]*--name: /],
    ["no password and no terminal", ["--email", "x@demo.lt", "--name", "X", "--role", "employee"], undefined, /ETALONAS_PASSWORD/],
    ["an unknown option", ["--email", "x@demo.lt", "--name", "X", "--role", "employee", "--admin"], PASSWORD, /Unknown option '--admin'/],
  ])("user:create refuses %s with exit code 1", async ([, args, password, message], { expect }) => {
    const { code, out, err } = await cli(["user:create", ...args], password);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    expect(out).not.toContain("Created user");
    const count = withDb(
      (db) => (db.$client.prepare("select count(*) as n from users where email = 'x@demo.lt'").get() as { n: number }).n,
    );
    expect(count).toBe(0);
  });

  it("user:list shows every user with role, departments and status", async () => {
    const { code, out } = await cli(["user:list"]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines[0].split(/\s{2,}/)).toEqual(["ID", "E-MAIL", "NAME", "ROLE", "DEPARTMENTS", "ACTIVE"]);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ["vedeja@demo.lt", "Laima Vedėja", "supervisor", "KAS", "yes"],
      ["pirmasis@vmb.lt", "Pirmasis Administratorius", "admin", "-", "yes"],
      ["rasa@demo.lt", "Rasa Šimkutė", "admin", "-", "yes"],
    ]);
  });

  it("with several organisations, user:create and user:list need --org, and keep to that organisation", async () => {
    const second = await cli(
      [
        "org:create",
        "--code",
        "KMSA",
        "--name",
        "Kauno miesto savivaldybės administracija",
        "--standard",
        "KMSA",
        "--admin-email",
        "admin@kaunas.lt",
        "--admin-name",
        "Kauno Administratorė",
      ],
      PASSWORD,
    );
    expect(second.code).toBe(0);
    // Both have a department KAS: the supervisor gets the one of the organisation named.
    const kmsaId = withDb((db) => {
      const id = (db.$client.prepare("select id from organisations where code = 'KMSA'").get() as { id: number }).id;
      createDepartment(db, id, { code: "KAS", name: "Kauno klientų aptarnavimas", active: true });
      return id;
    });

    for (const args of [["user:list"], ["user:create", "--email", "y@demo.lt", "--name", "Y", "--role", "employee"]]) {
      const { code, err } = await cli(args, PASSWORD);
      expect(code, args[0]).toBe(1);
      expect(err).toContain("Say which organisation: --org CODE (one of VMB, KMSA).");
    }
    expect((await cli(["user:list", "--org", "NOPE"])).err).toContain("No organisation with the code NOPE.");

    const made = await cli(
      [
        "user:create",
        "--org",
        "KMSA",
        "--email",
        "kaunas.vedeja@demo.lt",
        "--name",
        "Kauno Vedėja",
        "--role",
        "supervisor",
        "--department",
        "KAS",
      ],
      PASSWORD,
    );
    expect(made.err).toBe("");
    expect(made.code).toBe(0);
    const link = withDb((db) =>
      db.$client
        .prepare(
          "select u.org_id as userOrg, d.org_id as departmentOrg from user_departments ud join users u on u.id = ud.user_id join departments d on d.id = ud.department_id where u.email = ?",
        )
        .all("kaunas.vedeja@demo.lt"),
    );
    expect(link).toEqual([{ userOrg: kmsaId, departmentOrg: kmsaId }]);

    const kmsa = await cli(["user:list", "--org", "kmsa"]);
    expect(kmsa.code).toBe(0);
    expect(
      kmsa.out
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(/\s{2,}/)[1]),
    ).toEqual(["admin@kaunas.lt", "kaunas.vedeja@demo.lt"]);
    const vmb = await cli(["user:list", "--org", "VMB"]);
    expect(vmb.out).not.toContain("kaunas");
    expect(vmb.out).toContain("rasa@demo.lt");
  });

  it("user:create makes a platform administrator, who belongs to no organisation and needs no --org", async () => {
    const { code, err } = await cli(
      ["user:create", "--email", "platforma@demo.lt", "--name", "Platformos Administratorius", "--role", "platform_admin"],
      PASSWORD,
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    const row = withDb((db) => db.$client.prepare("select role, org_id from users where email = ?").get("platforma@demo.lt"));
    expect(row).toEqual({ role: "platform_admin", org_id: null });
    const refused = await cli(
      ["user:create", "--org", "VMB", "--email", "platforma2@demo.lt", "--name", "X", "--role", "platform_admin"],
      PASSWORD,
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("platform_admin and programme_viewer belong to no organisation");
  });
});
