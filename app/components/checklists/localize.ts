// A checklist in one interface language: what the pages render. Pure (no server code), so
// the audit pages can reuse it. Phrases stay as the standard wrote them (Lithuanian).
import type { Checklist, ChecklistItem, PhraseItem, Unit } from "~/domain/checklists/schema";
import type { Locale } from "~/i18n";

export type Threshold = { kind: "max" | "min"; value: number };

export type ItemView = {
  key: string;
  type: ChecklistItem["type"];
  text: string;
  guidance: string;
  source: { id: string; title?: string }[];
  weight: number;
  critical: boolean;
  naAllowed: boolean;
  commentRequired: boolean;
  measure?: { unit: Unit; threshold: Threshold };
  phrases?: { recommended: PhraseView[]; forbidden: PhraseView[]; requireRecommended: boolean };
};

/** A listed phrase: `text` as the standard wrote it, `shownAs` its corrected form, guidance in the interface language. */
export type PhraseView = { text: string; shownAs?: string; variants?: string[]; guidance?: string };

export type SectionView = { key: string; title: string; items: ItemView[] };

export type ChecklistView = {
  id: string;
  title: string;
  standard: Checklist["standard"];
  channels: Checklist["channels"];
  auditTypes: Checklist["audit_types"];
  passMark: number;
  sections: SectionView[];
};

/** Clause id → its title in the standard, when known. */
export type ClauseTitles = ReadonlyMap<string, string>;

function threshold(t: { max?: number; min?: number }): Threshold {
  return t.max !== undefined ? { kind: "max", value: t.max } : { kind: "min", value: t.min ?? 0 };
}

function phraseView(item: PhraseItem, text: string, locale: Locale): PhraseView {
  const note = item.phrases.notes?.[text];
  return { text, shownAs: note?.shown_as, variants: note?.variants, guidance: note?.guidance?.[locale] };
}

export function localizeItem(item: ChecklistItem, locale: Locale, clauses?: ClauseTitles): ItemView {
  return {
    key: item.key,
    type: item.type,
    text: item.text[locale],
    guidance: item.guidance[locale],
    source: item.source.map((id) => ({ id, title: clauses?.get(id) })),
    weight: item.weight,
    critical: item.critical,
    naAllowed: item.na_allowed,
    commentRequired: item.comment_required_on_fail,
    measure: item.type === "measure" ? { unit: item.unit, threshold: threshold(item.threshold) } : undefined,
    phrases:
      item.type === "phrase"
        ? {
            recommended: item.phrases.recommended.map((p) => phraseView(item, p, locale)),
            forbidden: item.phrases.forbidden.map((p) => phraseView(item, p, locale)),
            requireRecommended: item.phrases.require_recommended,
          }
        : undefined,
  };
}

export function localizeChecklist(checklist: Checklist, locale: Locale, clauses?: ClauseTitles): ChecklistView {
  return {
    id: checklist.id,
    title: checklist.title[locale],
    standard: checklist.standard,
    channels: checklist.channels,
    auditTypes: checklist.audit_types,
    passMark: checklist.pass_mark,
    sections: checklist.sections.map((section) => ({
      key: section.key,
      title: section.title[locale],
      items: section.items.map((item) => localizeItem(item, locale, clauses)),
    })),
  };
}
