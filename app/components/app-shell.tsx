import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { useI18n, useRootData } from "~/lib/use-i18n";
import { FlashMessage } from "./flash-message";

/** "/" and "/dashboards" match exactly, so that only the deepest matching entry is marked. */
function isParentOfAnother(to: string, nav: { to: string }[]) {
  return to === "/" || nav.some((other) => other.to !== to && other.to.startsWith(`${to}/`));
}

/** The page frame: skip link, header with the role's navigation, language and sign-out. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n();
  const root = useRootData();
  const location = useLocation();
  const here = location.pathname + location.search;
  const user = root?.user;
  return (
    <>
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="brand">
            Etalonas
          </Link>
          {/* A whole new document: the browser then loads the other language's messages (entry.client). */}
          <Form method="post" action="/settings/language" className="lang-switch" reloadDocument>
            <input type="hidden" name="redirectTo" value={here} />
            <button name="locale" value={locale === "lt" ? "en" : "lt"} type="submit" lang={locale === "lt" ? "en" : "lt"}>
              {locale === "lt" ? "English" : "Lietuvių"}
            </button>
          </Form>
          {user ? (
            <Form method="post" action="/logout" className="sign-out">
              <span className="sign-out__who">
                {user.name} · {t(`role.${user.role}`)}
                {user.orgCode ? ` · ${user.orgCode}` : ""}
              </span>
              <Link to="/account/password" className="sign-out__account">
                {t("shell.account")}
              </Link>
              <button type="submit">{t("shell.signOut")}</button>
            </Form>
          ) : null}
        </div>
        {user && root.nav.length > 0 ? (
          <nav aria-label={t("shell.mainNavigation")} className="main-nav">
            <ul>
              {root.nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={isParentOfAnother(item.to, root.nav)} prefetch="intent">
                    {t(item.label)}
                    {item.to === "/inbox" && root.unread > 0 ? (
                      <>
                        {" "}
                        <span className="badge" data-testid="unread-count" aria-hidden="true">
                          {root.unread}
                        </span>
                        <span className="visually-hidden">({t("inbox.unread", { count: root.unread })})</span>
                      </>
                    ) : null}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {root?.flash ? <FlashMessage flash={root.flash} /> : null}
        {children}
      </main>
    </>
  );
}
