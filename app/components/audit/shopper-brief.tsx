// What a mystery shopper needs at hand while filling the form: the protocol of the channel
// (how to behave) and, for a library scenario, what to say and how to prepare.
import type { Localized } from "~/domain/checklists/schema";
import { useI18n } from "~/lib/use-i18n";

export type ScenarioBrief = { title: Localized; brief: Localized; preparation?: Localized; hasNa: boolean };

export function ShopperBrief({ channel, protocol, scenario }: { channel: string; protocol: Localized[]; scenario: ScenarioBrief | null }) {
  const { t, locale } = useI18n();
  return (
    <div className="shopper-brief">
      {scenario ? (
        <section className="card" aria-labelledby="scenario-h" data-testid="scenario-brief">
          <h2 id="scenario-h">{t("audits.form.scenario", { title: scenario.title[locale] })}</h2>
          <h3>{t("audits.form.scenarioBrief")}</h3>
          <p>{scenario.brief[locale]}</p>
          {scenario.preparation ? (
            <>
              <h3>{t("audits.form.scenarioPreparation")}</h3>
              <p>{scenario.preparation[locale]}</p>
            </>
          ) : null}
          {scenario.hasNa ? <p className="muted">{t("audits.form.scenarioNa")}</p> : null}
        </section>
      ) : null}
      <details className="card" data-testid="shopper-protocol" open={!scenario}>
        <summary>{t("audits.form.protocol", { channel })}</summary>
        <ol>
          {protocol.map((step, i) => (
            <li key={i}>{step[locale]}</li>
          ))}
        </ol>
      </details>
    </div>
  );
}
