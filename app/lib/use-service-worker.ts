// Registers the service worker (public/sw.js) in production builds and tells it who is signed
// in (its page cache belongs to one user) and where the build's manifest is, so that it keeps
// every module of the field pages for offline use.
import { useEffect } from "react";

declare global {
  interface Window {
    __remixManifest?: { url?: string };
  }
}

export function useServiceWorker(userId: number | null) {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/", updateViaCache: "none" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        registration.active?.postMessage({ type: "user", id: userId });
        const manifest = window.__remixManifest?.url;
        if (userId !== null && manifest) registration.active?.postMessage({ type: "precache", manifest });
      })
      .catch(() => {
        // Without a worker the app works as before, online only.
      });
  }, [userId]);
}
