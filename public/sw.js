/* global self, caches, fetch, Response, URL */
// Etalonas's service worker, hand-written (docs/decisions.md, "Offline field work"): it keeps
// the field pages (start page, audit and inspection lists and forms) and the build's assets
// on the device so they open without a connection, including every draft opened here before.
// Answers themselves never pass through it: the forms keep them in IndexedDB and send them.
const VERSION = "1";
const ASSETS = `etalonas-assets-${VERSION}`;
const PAGES = `etalonas-pages-${VERSION}`;

// Field pages and their data requests (single fetch: "<path>.data", the root's "/_root.data").
const FIELD_PAGES = [
  /^\/$/,
  /^\/_root\.data$/,
  /^\/audits(\.data)?$/,
  /^\/audits\/\d+\/edit(\.data)?$/,
  /^\/inspections\/new(\.data)?$/,
  /^\/inspections\/\d+(\.data)?$/,
];

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([ASSETS, PAGES]);
      for (const name of await caches.keys()) if (name.startsWith("etalonas-") && !keep.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "precache" && typeof data.manifest === "string") event.waitUntil(precache(data.manifest));
  if (data.type === "user") event.waitUntil(switchUser(data.id ?? null));
});

/** Every module and stylesheet of the build (from the Remix manifest), so any field page works offline. */
async function precache(manifestUrl) {
  const cache = await caches.open(ASSETS);
  if (await cache.match(manifestUrl)) return;
  const response = await fetch(manifestUrl);
  if (!response.ok) return;
  const text = await response.clone().text();
  const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1));
  const urls = new Set([manifest.entry.module, ...manifest.entry.imports]);
  for (const route of Object.values(manifest.routes)) {
    urls.add(route.module);
    for (const url of route.imports || []) urls.add(url);
    for (const url of route.css || []) urls.add(url);
  }
  for (const url of urls) if (!(await cache.match(url))) await cache.add(url).catch(() => undefined);
  await cache.put(manifestUrl, response);
}

/** Pages cached for one user are never shown to another: a new user (or none) empties the page cache. */
async function switchUser(id) {
  const cache = await caches.open(PAGES);
  const marker = await cache.match("/__etalonas-user");
  const previous = marker ? await marker.text() : "";
  const current = id === null ? "" : String(id);
  if (previous === current) return;
  await caches.delete(PAGES);
  if (current) await (await caches.open(PAGES)).put("/__etalonas-user", new Response(current));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/build/")) event.respondWith(assetFirst(request));
  else if (FIELD_PAGES.some((re) => re.test(url.pathname))) event.respondWith(networkThenCache(request));
  else if (request.mode === "navigate") event.respondWith(networkOrOfflinePage(request));
});

/** Fingerprinted build files never change: the cached copy, else the network (kept). */
async function assetFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** A field page: the server's fresh answer (kept for later), else the last one kept on the device. */
async function networkThenCache(request) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    const signedIn = await cache.match("/__etalonas-user");
    if (response.ok && !response.redirected && response.type === "basic" && signedIn) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const hit = await cache.match(request);
    if (hit) return hit;
    if (request.mode === "navigate") return offlinePage();
    throw error;
  }
}

async function networkOrOfflinePage(request) {
  try {
    return await fetch(request);
  } catch {
    return offlinePage();
  }
}

function offlinePage() {
  const html = `<!doctype html><html lang="lt"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nėra ryšio · Etalonas</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem">
<h1>Nėra ryšio</h1><p>Šis puslapis dar nebuvo atidarytas šiame įrenginyje, todėl be ryšio jo parodyti negalima.
Šiame įrenginyje atidaryti juodraščiai ir patikrinimai veikia ir be ryšio.</p>
<p><a href="/" style="display:inline-block;min-height:44px;line-height:44px">Į pradžios puslapį</a></p></body></html>`;
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
