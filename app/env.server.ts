// Every environment variable the app and its server read, checked once with zod. The
// README's configuration table lists exactly these, with the same defaults (a test checks
// it: app/env.server.test.ts). Scripts and the benchmark read their own few variables
// (ETALONAS_PASSWORD, ETALONAS_DEBUG, BENCH_*) themselves.
import { z } from "zod";

const flag = z.enum(["0", "1"], { error: "must be 0 or 1" });

const origins = z
  .string()
  .transform((text) =>
    text
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url({ error: "must be a comma-separated list of origins such as https://etalonas.example.lt" })))
  .transform((urls) => urls.map((u) => new URL(u).origin));

export const EnvSchema = z.object({
  DATABASE_URL: z.string().min(1).default("data/etalonas.db"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  DEMO_PASSWORD: z.string().min(1).default("etalonas-demo"),
  SEED_DEMO: flag.default("1"),
  GENERATED_PASSWORD: z.string().min(1).optional(),
  APP_ORIGIN: origins.optional(),
  TRUST_PROXY: z.string().regex(/^\d+$/, { error: "must be a number of proxies (0, 1, 2 …)" }).default("0"),
  ETALONAS_ROOT: z.string().min(1).optional(),
  POST_RATE_LIMIT: z
    .string()
    .regex(/^(off|\d+\/\d+)$/, { error: "must be BURST/PER_SECOND (such as 120/2) or off" })
    .default("120/2"),
});

export type Env = z.infer<typeof EnvSchema>;

/** Checks an environment; throws, naming every invalid variable. An empty value counts as unset. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const given = Object.fromEntries(Object.keys(EnvSchema.shape).map((name) => [name, source[name] || undefined]));
  const result = EnvSchema.safeParse(given);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path[0]?.toString()}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

let parsed: Env | undefined;

/** The process's checked environment, read on first use and then kept. */
export function env(): Env {
  return (parsed ??= parseEnv(process.env));
}
