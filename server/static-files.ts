// The build's assets and public/ for the production server. They do not pass through the
// app handler, so they get their own safety headers: nosniff (a file is only ever what its
// Content-Type says, never a script guessed from its content) and no framing.
import type { Express, Response } from "express";
import express from "express";

function setHeaders(res: Response) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Resource-Policy", "same-origin");
}

export function serveStaticFiles(app: Express, root = "public") {
  // Fingerprinted assets never change; everything else in public/ may.
  app.use("/build", express.static(`${root}/build`, { immutable: true, maxAge: "1y", setHeaders }));
  app.use(express.static(root, { maxAge: "1h", setHeaders }));
}
