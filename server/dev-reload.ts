// `npm run dev` runs `remix dev --manual`: the compiler rebuilds on every change and waits
// until the app server says it serves the new build (broadcastDevReady). The server keeps
// running (the database connection, sessions and import jobs survive); only the build is
// imported again, under a new URL so that Node does not return the cached module.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";

export async function watchBuild(buildFile: string, first: ServerBuild, serve: (build: ServerBuild) => void) {
  await broadcastDevReady(first);
  const dir = path.dirname(buildFile);
  let timer: NodeJS.Timeout | undefined;
  // The compiler writes version.txt last, on every build (a server-only change keeps the
  // assets' version, so that is not compared); wait for its writes to settle.
  fs.watch(dir, (_event, name) => {
    if (name !== "version.txt") return;
    clearTimeout(timer);
    timer = setTimeout(() => void reload(), 50);
  });
  async function reload() {
    try {
      const build = (await import(`${pathToFileURL(buildFile).href}?v=${Date.now()}`)) as ServerBuild;
      serve(build);
      await broadcastDevReady(build);
      console.log(`Etalonas: build ${build.assets.version} loaded`);
    } catch (error) {
      console.error("Etalonas: could not load the new build", error);
    }
  }
}
