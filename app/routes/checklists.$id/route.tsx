import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChecklistFacts } from "~/components/checklists/checklist-facts";
import { ChecklistItemCard } from "~/components/checklists/checklist-item";
import { localizeChecklist } from "~/components/checklists/localize";
import { getDb } from "~/db.server";
import { notFound, requireUser } from "~/lib/auth.server";
import { resolveLocale } from "~/lib/locale.server";
import { useI18n } from "~/lib/use-i18n";
import { getChecklist } from "~/models/checklists/checklist.server";
import { otherPhrasesHeard } from "~/models/checklists/other-phrases.server";
import { listVersions } from "~/models/checklists/versions.server";
import { VersionHistory } from "~/components/checklists/version-history";
import styles from "~/styles/checklists.css";
import { clauseTitles } from "./clause-titles.server";
import { pageTitle, titled } from "~/lib/meta";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: styles }];
export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? titled(data.checklist.title) : pageTitle(matches, "checklists.title");

export function loader({ request, params }: LoaderFunctionArgs) {
  const user = requireUser(request);
  const db = getDb();
  const found = params.id ? getChecklist(db, user, params.id) : undefined;
  if (!found) throw notFound();
  // Counts (other phrases, audits per version) are over the audits this user may see.
  const versions = listVersions(db, user, found.id, found.versionId);
  return {
    otherPhrases: otherPhrasesHeard(db, user, found.id),
    versions,
    checklist: localizeChecklist(found.content, resolveLocale(request, user), clauseTitles()),
    active: found.active,
    versionId: found.versionId,
    // The CSV template is for those who import audits in bulk.
    canDownloadTemplate: user.role === "admin" || user.role === "leadership",
  };
}

export default function ChecklistPage() {
  const { t, date } = useI18n();
  const { checklist, active, versionId, canDownloadTemplate, otherPhrases, versions } = useLoaderData<typeof loader>();
  const current = versions.find((v) => v.id === versionId);
  const itemCount = checklist.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <>
      <p>
        <Link to="/checklists">
          <span aria-hidden="true">← </span>
          {t("checklists.back")}
        </Link>
      </p>
      <h1>{checklist.title}</h1>
      <p className="muted">
        {t(`checklists.standard.${checklist.standard}`)} ·{" "}
        {current ? (
          <a href="#checklist-versions">
            {t("checklists.version", { label: t("checklists.versionLabel", { number: current.number, date: date(current.loadedAt) }) })}
          </a>
        ) : null}
      </p>
      {active ? null : <p className="notice">{t("checklists.inactive")}</p>}
      <div className="card">
        <ChecklistFacts
          channels={checklist.channels}
          auditTypes={checklist.auditTypes}
          passMark={checklist.passMark}
          itemCount={itemCount}
          sectionCount={checklist.sections.length}
        />
        {canDownloadTemplate ? (
          // Served by the CSV import area's resource route (checklists.$id.template[.csv]).
          <p className="checklist-template">
            <a className="button secondary" href={`/checklists/${checklist.id}/template.csv`} download>
              {t("checklists.templateCsv")}
            </a>{" "}
            <span className="muted">{t("checklists.templateCsvHint")}</span>
          </p>
        ) : null}
      </div>
      <nav aria-labelledby="checklist-contents" className="checklist-contents">
        <h2 id="checklist-contents">{t("checklists.contents")}</h2>
        <ol>
          {checklist.sections.map((section) => (
            <li key={section.key}>
              <a href={`#section-${section.key}`}>{section.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {checklist.sections.map((section, si) => (
        <section key={section.key} id={`section-${section.key}`} aria-labelledby={`section-${section.key}-title`}>
          <h2 id={`section-${section.key}-title`}>
            {si + 1}. {section.title}
          </h2>
          <ol className="checklist-items">
            {section.items.map((item, ii) => (
              <ChecklistItemCard key={item.key} item={item} number={`${si + 1}.${ii + 1}.`} otherPhrases={otherPhrases[item.key]} />
            ))}
          </ol>
        </section>
      ))}
      <VersionHistory versions={versions} />
    </>
  );
}
