/**
 * Word lists the checks rely on, compared folded (without diacritics, lower case) so that
 * text typed without Lithuanian letters is read too. Phrase lists of the standards are not
 * here: they come from the checklists; extra equivalents are in checklists/autocheck.json.
 */
import { fold } from "./text";

const f = (list: string[]) => list.map(fold);

/** The standard's acknowledgement wording (VMB 4.2.1, KMSA VI) and its usual variants. */
export const ACK_WORDING = [
  /(uzklaus\w*|laisk\w*|kreipim\w*|prasym\w*|pranesim\w*|klausim\w*)\s+(\S+\s+){0,3}(gavome|gautas|gauta|uzregistruot\w*|uzregistravome)/,
  /(gavome|gautas|gauta|uzregistravome)\s+(\S+\s+){0,3}(uzklaus\w*|laisk\w*|kreipim\w*|prasym\w*|pranesim\w*|klausim\w*)/,
  /(tai|sis laiskas yra)\s+automatinis\s+(atsakymas|pranesimas)/,
  /automatiskai\s+(sugeneruot|siunci|issiust)\w*/,
];
/** A promise to answer later: an acknowledgement rather than an answer. */
export const LATER_WORDING =
  /(atsakysime|atsakys|bus atsakyta|pateiksime atsakym|isnagrinesime|susisieksime|atsakymas bus|atsakyma pateiksime|per \d+ darbo dien|artimiausiu metu)/;

export const VACATION_WORDING =
  /(atostog\w*|nebusiu darbe|nedirbsiu|nesu darbe|nesu darbo vietoje|nebusiu darbo vietoje|isvyk\w* (i )?komandiruot\w*|komandiruot\w*|out of office|on leave|on vacation|nedarbingum\w*)/;

export const MONTHS_GENITIVE = f([
  "sausio",
  "vasario",
  "kovo",
  "balandžio",
  "gegužės",
  "birželio",
  "liepos",
  "rugpjūčio",
  "rugsėjo",
  "spalio",
  "lapkričio",
  "gruodžio",
]);

/** A date or a date range: 2026-11-20, 11-20, 11.20, 20 d., „lapkričio 20 d.“, „iki pirmadienio“. */
export const PERIOD =
  /(\b\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|\b\d{1,2}[-./]\d{1,2}\b|\b(sausio|vasario|kovo|balandzio|geguzes|birzelio|liepos|rugpjucio|rugsejo|spalio|lapkricio|gruodzio)\s+\d{1,2}\b|\b\d{1,2}\s*d\.|\biki\s+(pirmadienio|antradienio|treciadienio|ketvirtadienio|penktadienio)\b)/;

export const EMAIL_ADDRESS = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+/gu;
export const URL = /\b(https?:\/\/|www\.)[^\s<>]+/gi;
export const PHONE =
  /(\+370[\s-]?\(?\d[\d\s()-]{6,}\d|\(8[\s-]?\d{1,3}\)[\s-]?\d[\d\s-]{4,}\d|\b8[\s-]?\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2,4}[\s-]?\d{0,4}\b|\btel\.?\s*(nr\.?)?\s*:?\s*\d[\d\s-]{5,}\d)/i;

/** Greetings that address the reader politely (e-mail and speech). */
export const POLITE_GREETING =
  /^(laba diena|laba dien|laba|labas rytas|labas vakaras|laba vakara|laba ryta|gerbiam\w*|gerb\.?|sveiki|sveikinu|ponia?|pone|mieloji|mielas|miela|malonu|dear|good (morning|afternoon|evening)|hello)\b/;
export const FAMILIAR_GREETING =
  /^(labas|sveikas|sveika|sveikute|sveikutis|labukas|labutis|hey|hi|cia|alio|labukai|labuciai|sveikinimai|labai)\b/;

/** Singular informal "you" (tu, tavo…): not the polite form the standards require. */
export const FAMILIAR_YOU = /\b(tu|tau|tave|taves|tavo|tavimi|tavyje|tavęs)\b/;

export const THANK_WORD = /\b(dekoj\w*|dekui|dekingi|dekinga|dekingas|aciu|padekojame|padekoti)\b/;
export const THANK_OBJECT =
  /\b(uz|kad|jog)\s+(\S+\s+){0,3}(laisk\w*|rasot\w*|rasei\w*|raset\w*|uzklaus\w*|kreip\w*|klausim\w*|paklaus\w*|zinut\w*|pranes\w*|pastab\w*|paraset\w*|susisiek\w*|domej\w*|domit\w*|susidomej\w*|prasym\w*|informacij\w*|rasyt\w*|paras\w*|atsiust\w*|issiunt\w*|uzdavet\w*|pasiteiravim\w*|teiravim\w*|skundu|skund\w*)/;

export const POSITION_WORDS = f([
  "specialistas",
  "specialistė",
  "specialistės",
  "vyriausiasis",
  "vyriausioji",
  "vyr.",
  "vadovas",
  "vadovė",
  "vadovo",
  "vedėjas",
  "vedėja",
  "pavaduotojas",
  "pavaduotoja",
  "direktorius",
  "direktorė",
  "administratorius",
  "administratorė",
  "konsultantas",
  "konsultantė",
  "referentas",
  "referentė",
  "patarėjas",
  "patarėja",
  "inžinierius",
  "inžinierė",
  "koordinatorius",
  "koordinatorė",
  "vadybininkas",
  "vadybininkė",
  "teisininkas",
  "teisininkė",
  "buhalteris",
  "buhalterė",
  "ekonomistas",
  "ekonomistė",
  "meistras",
  "meistrė",
  "inspektorius",
  "inspektorė",
  "analitikas",
  "analitikė",
  "sekretorius",
  "sekretorė",
  "darbuotojas",
  "darbuotoja",
  "atstovas",
  "atstovė",
  "projektų",
  "klientų",
  "operatorius",
  "operatorė",
  "manager",
  "specialist",
  "officer",
  "head",
]);

export const ORGANISATION_MARKERS =
  /(\bu?ab\b|\bsį\b|\bsi\b|\bvsi\b|\bvšį\b|savivaldyb\w*|administracij\w*|skyri\w*|poskyri\w*|tarnyb\w*|departament\w*|agentur\w*|centr\w*|biur\w*|bustas|busto|ministerij\w*|inspekcij\w*|bendrov\w*|imone|imones|„[^“”]+[“”]|"[^"]+")/;
