// Production server: migrates the database, loads checklists, seeds the demo when the
// database is empty, then serves the built app on HOST:PORT (default 127.0.0.1:3000).
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import type { ServerBuild } from "@remix-run/node";
import { createAppHandler } from "./app-handler";
import { sendResponse, toRequest } from "./node-adapter";
import { sweepUploads } from "../app/models/imports/jobs.server";
import { prepareDatabase } from "./prepare";
import { serveStaticFiles } from "./static-files";

const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "127.0.0.1";

async function main() {
  await prepareDatabase({ seedDemo: process.env.SEED_DEMO !== "0", log: console.log });
  // Import jobs live in memory: files uploaded before a restart belong to no job now.
  const swept = sweepUploads();
  if (swept) console.log(`Uploads: ${swept} leftover files deleted`);
  const buildPath = path.resolve("build/index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;
  const handle = createAppHandler(build);

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
  app.listen(PORT, HOST, () => console.log(`Etalonas: http://${HOST}:${PORT}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
