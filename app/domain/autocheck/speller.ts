/** A spell checker as the checks see it: one question, synchronous. */
export type Speller = { correct(word: string): boolean };
