// Auditors' comments on failed items, in Lithuanian, as a mystery shopper would write them.
import { pick, type Rng } from "./prng";

const ON_NO = [
  "Taisyklės nesilaikyta.",
  "Darbuotojas to nepadarė, nors situacija to reikalavo.",
  "Pastebėta ne pirmą kartą.",
  "Klientui teko priminti pačiam.",
  "Darbuotojas tuo metu buvo užsiėmęs kitais darbais.",
  "Trūko dėmesio klientui.",
  "Klientas liko nepatenkintas, kreipėsi pakartotinai.",
  "Darbuotojas atrodė skubantis, į klausimą atsakė paviršutiniškai.",
] as const;

const ON_PARTIAL = [
  "Iš dalies – ne visi reikalavimai įvykdyti.",
  "Taisyklės laikytasi tik pokalbio pradžioje.",
  "Padaryta, bet tik kliento paprašius.",
  "Atlikta neišsamiai.",
] as const;

const OVERALL = [
  "Bendras įspūdis geras, darbuotojas paslaugus.",
  "Aptarnavimas greitas, bet trūko dėmesio kliento klausimui.",
  "Eilėje teko laukti ilgiau nei įprastai.",
  "Darbuotojas mandagus, informacija suteikta aiškiai.",
  "Klientų srautas didelis, darbuotojas atrodė pavargęs.",
  "Rekomenduočiau priminti darbuotojui standarto reikalavimus.",
] as const;

export const commentOnNo = (rng: Rng) => pick(rng, ON_NO);
export const commentOnPartial = (rng: Rng) => pick(rng, ON_PARTIAL);
export const overallComment = (rng: Rng) => pick(rng, OVERALL);

const UNIT_COMMENT: Record<string, (n: number) => string> = {
  rings: (n) => `Atsiliepta tik po ${n} signalų.`,
  hours: (n) => `Atsakymas gautas po ${String(n).replace(".", ",")} val.`,
  minutes: (n) => `Užtruko ${n} min.`,
};

export function commentOnMeasure(unit: string, value: number, belowMin: boolean): string {
  if (belowMin) return `Pasiruošta tik ${value} min. iki darbo pradžios.`;
  return (UNIT_COMMENT[unit] ?? ((n: number) => `Užfiksuota reikšmė: ${n}.`))(value);
}

export const commentOnForbiddenPhrase = (phrase: string) => `Pavartotas netinkamas posakis: „${phrase}“.`;
export const COMMENT_NO_PHRASE = "Nepavartotas nė vienas rekomenduojamas posakis.";
export const OTHER_PHRASES = ["Sveiki", "Klausau", "Labas", "Ko norėjot?", "Ačiū, viso"] as const;
