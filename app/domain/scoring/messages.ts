/** Lithuanian and English texts of answer validation errors. */
import type { ChecklistItem, Localized } from "../checklists/schema";
import type { AnswerError, AnswerErrorCode } from "./types";

type Detail = { value?: string; max?: string; min?: string; unit?: string; kind?: "measure" | "phrase" };
const q = (s: string) => `„${s}“`;
/** Numbers in Lithuanian texts take a decimal comma. */
const lt = (n: string | undefined) => (n ?? "").replace(".", ",");
// Every bound ends in 0, so the genitive plural is right for all of them.
const UNIT_MANY: Record<string, Localized> = {
  rings: { lt: "signalų", en: "rings" },
  minutes: { lt: "minučių", en: "minutes" },
  hours: { lt: "valandų", en: "hours" },
};

/** Why a comment is required: a measure outside its limit, phrases, or a plain "no". */
function commentRequired(d: Detail): Localized {
  if (d.kind === "measure" && d.max !== undefined)
    return {
      lt: `įvesta ${lt(d.value)}, o leidžiama ne daugiau kaip ${lt(d.max)}: parašykite komentarą`,
      en: `${d.value} is more than the allowed ${d.max}: a comment is required`,
    };
  if (d.kind === "measure" && d.min !== undefined)
    return {
      lt: `įvesta ${lt(d.value)}, o reikalaujama ne mažiau kaip ${lt(d.min)}: parašykite komentarą`,
      en: `${d.value} is less than the required ${d.min}: a comment is required`,
    };
  if (d.kind === "phrase")
    return {
      lt: "pagal pažymėtus posakius reikalavimas neįvykdytas: parašykite komentarą",
      en: "the ticked phrases do not meet the rule: a comment is required",
    };
  return { lt: "atsakius „ne“ arba „iš dalies“, komentaras privalomas", en: 'a comment is required when the answer is "no" or "partial"' };
}

const TEXTS: Record<AnswerErrorCode, (d: Detail) => Localized> = {
  invalid_answer: () => ({ lt: "atsakymas neteisingo formato", en: "the answer is malformed" }),
  unknown_key: () => ({ lt: "tokio klausimo šiame klausimyne nėra", en: "there is no such item in this checklist" }),
  duplicate_key: () => ({ lt: "į klausimą atsakyta daugiau nei kartą", en: "the item is answered more than once" }),
  missing_answer: () => ({ lt: "neatsakyta", en: "not answered" }),
  invalid_choice: (d) => ({ lt: `netinkamas pasirinkimas ${q(d.value ?? "")}`, en: `invalid choice "${d.value ?? ""}"` }),
  missing_choice: () => ({ lt: "pasirinkite atsakymą", en: "choose an answer" }),
  partial_not_allowed: () => ({
    lt: "atsakymas „iš dalies“ šiam klausimui negalimas",
    en: '"partial" is not allowed for this item',
  }),
  na_not_allowed: () => ({ lt: "atsakymas „netaikoma“ šiam klausimui negalimas", en: "N/A is not allowed for this item" }),
  na_with_value: () => ({
    lt: "pažymėjus „netaikoma“, kitos reikšmės pateikti negalima",
    en: "an N/A answer cannot carry a value",
  }),
  choice_not_allowed: () => ({
    lt: "šiam klausimui įveskite skaičių arba pažymėkite posakius, o ne „taip / ne“",
    en: "this item takes a number or phrases, not yes / no",
  }),
  number_on_choice_item: () => ({ lt: "šiam klausimui skaičius netinka", en: "this item does not take a number" }),
  number_on_phrase_item: () => ({ lt: "šiam klausimui skaičius netinka", en: "this item does not take a number" }),
  phrases_not_allowed: () => ({ lt: "šiam klausimui posakiai netinka", en: "this item does not take phrases" }),
  missing_number: () => ({ lt: "įveskite skaičių", en: "enter a number" }),
  not_a_number: () => ({ lt: "reikšmė turi būti skaičius", en: "the value must be a number" }),
  negative_number: () => ({ lt: "skaičius negali būti neigiamas", en: "the number cannot be negative" }),
  not_whole_number: (d) => ({ lt: `įveskite sveikąjį skaičių (įvesta ${lt(d.value)})`, en: `enter a whole number (entered ${d.value})` }),
  number_too_large: (d) => ({
    lt: `reikšmė ${lt(d.value)} neįtikima: daugiausia ${lt(d.max)} ${UNIT_MANY[d.unit ?? ""]?.lt ?? ""}`.trim(),
    en: `the value ${d.value} is implausible: at most ${d.max} ${UNIT_MANY[d.unit ?? ""]?.en ?? ""}`.trim(),
  }),
  invalid_phrases: () => ({ lt: "posakiai pateikti neteisingai", en: "the phrases are malformed" }),
  unknown_phrase: (d) => ({
    lt: `posakio ${q(d.value ?? "")} šiame sąraše nėra`,
    en: `the phrase "${d.value ?? ""}" is not in this item's lists`,
  }),
  duplicate_phrase: (d) => ({ lt: `posakis ${q(d.value ?? "")} pažymėtas du kartus`, en: `the phrase "${d.value ?? ""}" is chosen twice` }),
  missing_other_phrase_as: () => ({
    lt: "nurodykite, ar kitas posakis prilygsta rekomenduojamam, ar neleistinam",
    en: "say whether the other phrase is like a recommended or like a forbidden one",
  }),
  invalid_other_phrase_as: (d) => ({
    lt: `netinkamas kito posakio vertinimas ${q(d.value ?? "")}`,
    en: `invalid judgement of the other phrase "${d.value ?? ""}"`,
  }),
  other_phrase_as_without_text: () => ({
    lt: "įrašykite kitą posakį, kurį įvertinote",
    en: "write down the other phrase you judged",
  }),
  invalid_comment: () => ({ lt: "komentaras turi būti tekstas", en: "the comment must be text" }),
  comment_required: commentRequired,
  mixed_columns: () => ({
    lt: "vertinkite pagal vieną lentelės stulpelį (moterims arba vyrams): kito stulpelio klausimus pažymėkite „netaikoma“",
    en: "use one column of the table (women or men): mark the other column's items N/A",
  }),
};

/** Message prefixed with the item's text, so the user sees which question is wrong. */
export function answerError(code: AnswerErrorCode, key: string, item?: ChecklistItem, detail: Detail = {}): AnswerError {
  const text = TEXTS[code](detail);
  const message = item
    ? { lt: `${q(item.text.lt)}: ${text.lt}`, en: `"${item.text.en}": ${text.en}` }
    : { lt: `${key}: ${text.lt}`, en: `${key}: ${text.en}` };
  return { key, code, message };
}
