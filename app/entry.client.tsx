import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { hasCatalogue, registerCatalogue } from "./i18n";

// Only the page's language is downloaded: English is a chunk of its own, loaded before
// hydration so that the first render matches the server's (app/i18n/en-catalogue.server.ts).
async function loadPageLanguage() {
  if (document.documentElement.lang === "en" && !hasCatalogue("en")) registerCatalogue("en", (await import("./i18n/en")).en);
}

void loadPageLanguage().then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
