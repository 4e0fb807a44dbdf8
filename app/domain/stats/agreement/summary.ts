// Every agreement statistic for one data set at once: what the CLI prints and a
// calibration session's results page shows.
import { bootstrapAlpha, type AlphaInterval, type BootstrapOptions } from "./bootstrap";
import { krippendorffAlpha } from "./krippendorff";
import { cohenKappa, fleissKappa, gwetAc1, percentAgreement, ratersOf } from "./pairwise";
import type { AgreementLevel, ReliabilityData } from "./types";

export type AgreementSummary = {
  units: number;
  raters: number;
  level: AgreementLevel;
  alpha: number | null;
  /** Why α is null, when it is. */
  alphaUndefined: "not_pairable" | "no_variation" | null;
  alphaInterval: AlphaInterval | null;
  percentAgreement: number | null;
  fleissKappa: number | null;
  cohenKappa: number | null;
  gwetAc1: number | null;
};

export function agreementSummary(data: ReliabilityData, level: AgreementLevel, bootstrap: BootstrapOptions = {}): AgreementSummary {
  const present = data.filter((unit) => unit.size > 0);
  const alpha = krippendorffAlpha(present, level);
  return {
    units: present.length,
    raters: ratersOf(present).length,
    level,
    alpha: alpha.alpha,
    alphaUndefined: alpha.alpha === null ? alpha.reason : null,
    alphaInterval: bootstrapAlpha(alpha, bootstrap),
    percentAgreement: percentAgreement(present),
    fleissKappa: fleissKappa(present),
    cohenKappa: cohenKappa(present),
    gwetAc1: gwetAc1(present),
  };
}
