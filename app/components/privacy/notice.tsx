// The staff notice as staff read it: what is processed, why, for how long, whom to ask, and
// their rights. The periods come from the retention settings the purge applies, so the
// notice cannot fall out of step with what really happens.
import type { RetentionSettings } from "~/domain/retention/policy";
import { useI18n } from "~/lib/use-i18n";

type Props = {
  organisation: { name: string; contact: string | null };
  purpose: string | null;
  contact: string | null;
  retention: RetentionSettings;
};

/** Paragraphs of a plain text, as typed by the administrator. */
function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i}>{p}</p>
        ))}
    </>
  );
}

export function StaffNotice({ organisation, purpose, contact, retention }: Props) {
  const { t } = useI18n();
  const ask = contact ?? organisation.contact;
  return (
    <>
      <section className="card" aria-labelledby="notice-what">
        <h2 id="notice-what">{t("privacy.notice.whatTitle")}</h2>
        <ul>
          <li>{t("privacy.notice.whatPerson")}</li>
          <li>{t("privacy.notice.whatAudits")}</li>
          <li>{t("privacy.notice.whatLog")}</li>
          <li>{t("privacy.notice.whatSessions")}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="notice-why">
        <h2 id="notice-why">{t("privacy.notice.whyTitle")}</h2>
        <Paragraphs text={purpose ?? t("privacy.notice.defaultPurpose", { organisation: organisation.name })} />
      </section>
      <section className="card" aria-labelledby="notice-how-long">
        <h2 id="notice-how-long">{t("privacy.notice.howLongTitle")}</h2>
        <ul data-testid="notice-periods">
          <li>
            {retention.auditsMonths === null
              ? t("privacy.notice.auditsForever")
              : t("privacy.notice.auditsMonths", { months: retention.auditsMonths })}
          </li>
          <li>{t("privacy.notice.logMonths", { months: retention.accessLogMonths })}</li>
          <li>{t("privacy.notice.leaversMonths", { months: retention.leaversMonths })}</li>
          <li>{t("privacy.notice.sessions")}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="notice-rights">
        <h2 id="notice-rights">{t("privacy.notice.rightsTitle")}</h2>
        <ul>
          <li>{t("privacy.notice.rightSee")}</li>
          <li>{t("privacy.notice.rightCopy")}</li>
          <li>{t("privacy.notice.rightErase")}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="notice-ask">
        <h2 id="notice-ask">{t("privacy.notice.askTitle")}</h2>
        {ask ? <Paragraphs text={ask} /> : <p>{t("privacy.notice.askAdmin", { organisation: organisation.name })}</p>}
      </section>
    </>
  );
}
