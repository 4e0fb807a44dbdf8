// Is a new password too easy to guess? zxcvbn (offline) with its common-password and
// English lists, Lithuanian words (app/domain/passwords) and the user's own name and e-mail.
// It runs in a short-lived worker thread: its dictionaries take ~25 MB of heap and ~90 MB
// of resident memory, which a server that changes a password now and then should not keep.
import { Worker } from "node:worker_threads";
import type { MessageKey } from "~/i18n";
import { LITHUANIAN_WORDS } from "~/domain/passwords/lithuanian-words";

/** zxcvbn's scale: 0 too guessable … 4 very unguessable; 3 = "safely unguessable". */
export const MIN_SCORE = 3;

export type Strength = { score: number; reason: MessageKey | null };

type Match = { pattern: string; dictionaryName?: string; length?: number };

// The worker's code: CommonJS, so that it loads the packages wherever the app is bundled.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const { ZxcvbnFactory } = require("@zxcvbn-ts/core");
const common = require("@zxcvbn-ts/language-common");
const en = require("@zxcvbn-ts/language-en");
const zxcvbn = new ZxcvbnFactory({
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...en.dictionary, lithuanian: workerData.lithuanian },
});
const result = zxcvbn.check(workerData.password, workerData.userInputs);
parentPort.postMessage({
  score: result.score,
  sequence: result.sequence.map((m) => ({ pattern: m.pattern, dictionaryName: m.dictionaryName, length: m.token.length })),
});
`;

/** Why a weak password is weak, from the first pattern zxcvbn found in it. */
export function weaknessReason(sequence: Match[]): MessageKey {
  const match = sequence.find((m) => m.pattern !== "bruteforce");
  if (!match) return "account.password.weak.short";
  if (match.pattern === "dictionary") {
    if (match.dictionaryName === "userInputs") return "account.password.weak.personal";
    if (match.dictionaryName === "lithuanian") return "account.password.weak.lithuanian";
    if (match.dictionaryName?.startsWith("passwords")) return "account.password.weak.common";
    return "account.password.weak.word";
  }
  if (match.pattern === "spatial") return "account.password.weak.keyboard";
  if (match.pattern === "repeat" || match.pattern === "sequence") return "account.password.weak.sequence";
  if (match.pattern === "date" || match.pattern === "regex") return "account.password.weak.date";
  return "account.password.weak.short";
}

/** Words of the user (name, e-mail) that must not carry a password. */
export function personalWords(user: { name: string; email: string }): string[] {
  const parts = [user.email, ...user.email.split(/[@.+_-]/), ...user.name.split(/\s+/)];
  return [...new Set(parts.map((p) => p.trim().toLowerCase()).filter((p) => p.length >= 3))];
}

export function checkPasswordStrength(password: string, userInputs: string[]): Promise<Strength> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: { password, userInputs, lithuanian: LITHUANIAN_WORDS } });
    worker.once("message", (result: { score: number; sequence: Match[] }) => {
      void worker.terminate();
      // The user's own name or e-mail in it is refused however the rest scores (NIST SP
      // 800-63B: context-specific words); zxcvbn alone let "ruta.zilinskiene1" pass.
      const personal = result.sequence.some((m) => m.dictionaryName === "userInputs" && (m.length ?? 0) >= 4);
      if (personal) resolve({ score: Math.min(result.score, 1), reason: "account.password.weak.personal" });
      else resolve({ score: result.score, reason: result.score >= MIN_SCORE ? null : weaknessReason(result.sequence) });
    });
    worker.once("error", reject);
  });
}
