// The server: migrates the database, loads checklists, seeds the demo when the database is
// empty, then serves the built app on HOST:PORT (default 127.0.0.1:3000). Under `npm run
// dev` (remix dev --manual, NODE_ENV=development) it also re-imports the build whenever the
// compiler writes a new one, and tells the compiler it is ready (see server/dev-reload.ts).
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import type { ServerBuild } from "@remix-run/node";
import { createAppHandler } from "./app-handler";
import { sendResponse, toRequest } from "./node-adapter";
import { sweepUploads } from "../app/models/imports/jobs.server";
import { env } from "../app/env.server";
import { databasePath } from "../app/db.server";
import { markServer } from "../app/models/operations/server-lock.server";
import { purgeNow, scheduleDaily } from "./retention-timer";
import { prepareDatabase } from "./prepare";
import { serveStaticFiles } from "./static-files";
import { watchBuild } from "./dev-reload";

const BUILD = path.resolve("build/index.js");

async function main() {
  const { PORT, HOST, SEED_DEMO, NODE_ENV } = env(); // an invalid variable stops the start here, named
  await prepareDatabase({ seedDemo: SEED_DEMO === "1", log: console.log });
  // Import jobs live in memory: files uploaded before a restart belong to no job now.
  const swept = sweepUploads();
  if (swept) console.log(`Uploads: ${swept} leftover files deleted`);
  // `restore` refuses to replace a database while this mark names a live process.
  const unmark = markServer(databasePath());
  process.on("exit", unmark);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => process.exit(0));
  // Retention: what is past its organisation's period goes, a minute after start and then daily.
  scheduleDaily(() => purgeNow());
  const build = (await import(pathToFileURL(BUILD).href)) as ServerBuild;
  let handle = createAppHandler(build);

  const app = express();
  app.disable("x-powered-by");
  app.use(compression());
  serveStaticFiles(app);
  app.all("*", async (req, res, next) => {
    try {
      await sendResponse(res, await handle(toRequest(req, res)));
    } catch (error) {
      next(error);
    }
  });
  app.listen(PORT, HOST, () => {
    console.log(`Etalonas: http://${HOST}:${PORT}`);
    if (NODE_ENV === "development") void watchBuild(BUILD, build, (next) => (handle = createAppHandler(next)));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
