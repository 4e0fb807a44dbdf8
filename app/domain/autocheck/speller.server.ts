/**
 * The Lithuanian spell checker (hunspell compiled to WebAssembly, with dictionary-lt),
 * loaded once per process. nspell with this dictionary does not finish building in
 * 100 s (STACK-NOTES), hunspell-asm loads in about 0.2 s.
 */
import dictionary from "dictionary-lt";
import { loadModule } from "hunspell-asm";
import type { Speller } from "./speller";

let loading: Promise<Speller> | null = null;

export function loadSpeller(): Promise<Speller> {
  loading ??= (async () => {
    const factory = await loadModule();
    const aff = factory.mountBuffer(dictionary.aff, "lt.aff");
    const dic = factory.mountBuffer(dictionary.dic, "lt.dic");
    const hunspell = factory.create(aff, dic);
    const cache = new Map<string, boolean>();
    return {
      correct(word: string) {
        let ok = cache.get(word);
        if (ok === undefined) {
          ok = hunspell.spell(word);
          if (cache.size > 100_000) cache.clear();
          cache.set(word, ok);
        }
        return ok;
      },
    };
  })();
  return loading;
}
