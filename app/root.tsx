import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { AppShell } from "~/components/app-shell";
import { ErrorPage } from "~/components/error-page";
import { getDb } from "~/db.server";
import { getOptionalUser } from "~/lib/auth.server";
import { getOrganisation } from "~/models/organisations/organisation.server";
import { readFlash } from "~/lib/flash.server";
import { resolveLocale } from "~/lib/locale.server";
import { navigationFor } from "~/lib/navigation";
import { useNonce } from "~/nonce";
import { useServiceWorker } from "~/lib/use-service-worker";
import { useLanguageMessages } from "~/lib/use-i18n";
import styles from "~/styles/app.css";
import printStyles from "~/styles/print.css";
import { unreadCount } from "~/models/notifications/inbox.server";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: styles },
  { rel: "stylesheet", href: printStyles, media: "print" },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "manifest", href: "/manifest.webmanifest" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = getOptionalUser(request);
  const locale = resolveLocale(request, user);
  const { flash, clear } = readFlash(request);
  const nav = user ? navigationFor(user.role, { employeeId: user.employeeId }).map(({ to, label }) => ({ to, label })) : [];
  return data(
    {
      locale,
      user: user && {
        id: user.id,
        name: user.name,
        role: user.role,
        email: user.email,
        // The short name of the user's organisation, shown beside the role.
        orgCode: user.orgId === null ? null : (getOrganisation(getDb(), user.orgId)?.code ?? null),
      },
      nav,
      // Unread messages of the inbox, shown beside its menu item.
      unread: user ? unreadCount(getDb(), user.id) : 0,
      flash,
    },
    { headers: clear ? { "Set-Cookie": clear } : undefined },
  );
}

export function Layout({ children }: { children: React.ReactNode }) {
  const nonce = useNonce();
  const root = useRouteLoaderData<typeof loader>("root");
  return (
    <html lang={root?.locale ?? "lt"}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0b5394" />
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const root = useRouteLoaderData<typeof loader>("root");
  useServiceWorker(root?.user?.id ?? null);
  useLanguageMessages(root?.locale ?? "lt");
  return (
    <AppShell>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  return (
    <AppShell>
      <ErrorPage status={status} />
    </AppShell>
  );
}
