// Names and codes are single lines of visible text. Control characters (NUL, escape, the C1
// range a mis-decoded file produces) and the bidirectional overrides that make text display
// differently from what it is ("Trojan source") are refused wherever people type or import
// a name or a code.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}
