// Browser journeys: the production server on a free port with its own database, and
// Debian's Chromium driven by playwright-core (never a downloaded browser).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export type Server = { url: string; dbFile: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

/** Starts `server/start.ts` on the existing build, with the demo data seeded. */
export async function startServer(env: Record<string, string> = {}): Promise<Server> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "etalonas-browser-"));
  const dbFile = path.join(dir, "app.db");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: dbFile, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dbFile,
    stop: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  // playwright gives every launch a fresh temporary profile (the --user-data-dir).
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** A page that records console errors and uncaught exceptions, which fail the journey. */
export async function newPage(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return { page, errors };
}

export async function signIn(page: Page, baseUrl: string, email: string, password = "etalonas-demo") {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/El. pašto adresas|E-mail address/).fill(email);
  await page.getByLabel(/Slaptažodis|Password/).fill(password);
  await Promise.all([
    page.waitForURL((u) => !u.pathname.startsWith("/login")),
    page.getByRole("button", { name: /Prisijungti|Sign in/ }).click(),
  ]);
  // The URL changes before React renders the next page (client-side navigation), so a check of
  // the title or the heading right after it could still see the sign-in page.
  await page.waitForFunction(() => !/^(Prisijungimas|Sign in)/.test(document.title));
}

export async function signOut(page: Page) {
  await Promise.all([page.waitForURL(/\/login/), page.getByRole("button", { name: /Atsijungti|Sign out/ }).click()]);
}

/** A server and a browser for the whole test file, stopped after it. */
export function serverAndBrowserForFile(env: Record<string, string> = {}) {
  const app = {} as { server: Server; browser: Browser };
  beforeAll(async () => {
    app.server = await startServer(env);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
