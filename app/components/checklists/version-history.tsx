// The checklist page's version list: number, dates, audits that used the version, and what
// changed against the previous one, in words.
import type { ChecklistChange } from "~/domain/checklists/diff";
import type { MessageKey } from "~/i18n";
import { useI18n } from "~/lib/use-i18n";

export type VersionView = {
  id: string;
  number: number;
  loadedAt: number;
  replacedAt: number | null;
  current: boolean;
  audits: number;
  changes: ChecklistChange[] | null;
};

export function VersionHistory({ versions }: { versions: VersionView[] }) {
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="checklist-versions" className="checklist-versions">
      <h2 id="checklist-versions">{t("checklists.versions.title")}</h2>
      <ol reversed className="version-list">
        {versions.map((v) => (
          <li key={v.id} className="card" data-testid={`version-${v.number}`}>
            <h3>
              {t("checklists.versionLabel", { number: v.number, date: date(v.loadedAt) })}
              {v.current ? <span className="badge ok"> {t("checklists.versions.current")}</span> : null}
            </h3>
            <p className="muted">
              {v.replacedAt
                ? t("checklists.versions.used", { from: date(v.loadedAt), to: date(v.replacedAt) })
                : t("checklists.versions.usedSince", { from: date(v.loadedAt) })}{" "}
              · {t("checklists.versions.audits", { count: v.audits })} · <code title={v.id}>{v.id.slice(0, 8)}</code>
            </p>
            {v.changes === null ? (
              <p>{t("checklists.versions.first")}</p>
            ) : v.changes.length ? (
              <details>
                <summary>{t("checklists.versions.changes", { count: v.changes.length })}</summary>
                <ul>
                  {v.changes.map((c, i) => (
                    <li key={i}>
                      <ChangeText change={c} />
                    </li>
                  ))}
                </ul>
              </details>
            ) : (
              <p>{t("checklists.versions.noChanges")}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

function ChangeText({ change: c }: { change: ChecklistChange }) {
  const { t, locale, number } = useI18n();
  if (c.kind === "checklist") return <>{t(`checklists.change.checklist.${c.what}` as MessageKey)}</>;
  const item = (
    <>
      „{c.text[locale]}“ <code>{c.key}</code>
    </>
  );
  switch (c.kind) {
    case "item_added":
    case "item_removed":
    case "text":
    case "guidance":
      return <>{t(`checklists.change.${c.kind}`)}: {item}</>;
    case "weight":
      return <>{t("checklists.change.weight", { from: number(c.from), to: number(c.to) })}: {item}</>;
    case "flag":
      return <>{t(`checklists.change.flag.${c.flag}.${c.to ? "on" : "off"}` as MessageKey)}: {item}</>;
    case "rule":
      return <>{t(`checklists.change.rule.${c.what}` as MessageKey)}: {item}</>;
    case "phrases": {
      const list = (changes: typeof c.added) => changes.map((p) => `„${p.phrase}“ (${t(`checklists.phrases.${p.list}`)})`).join(", ");
      return (
        <>
          {t("checklists.change.phrases")}: {item}
          {c.added.length ? <> · {t("checklists.change.phrasesAdded", { phrases: list(c.added) })}</> : null}
          {c.removed.length ? <> · {t("checklists.change.phrasesRemoved", { phrases: list(c.removed) })}</> : null}
        </>
      );
    }
  }
}
