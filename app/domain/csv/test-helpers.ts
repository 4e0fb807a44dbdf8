/** Test helpers: Windows-1257 encoding (Node's TextEncoder only does UTF-8) and a sample checklist. */
import { checklist } from "../scoring/fixtures";

const CP1257: Record<string, number> = {
  ą: 0xe0,
  č: 0xe8,
  ę: 0xe6,
  ė: 0xeb,
  į: 0xe1,
  š: 0xf0,
  ų: 0xf8,
  ū: 0xfb,
  ž: 0xfe,
  Ą: 0xc0,
  Č: 0xc8,
  Ę: 0xc6,
  Ė: 0xcb,
  Į: 0xc1,
  Š: 0xd0,
  Ų: 0xd8,
  Ū: 0xdb,
  Ž: 0xde,
  "„": 0x84,
  "“": 0x93,
};

/** ASCII and Lithuanian letters to Windows-1257 bytes. */
export function encodeWindows1257(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return code;
      const byte = CP1257[ch];
      if (byte === undefined) throw new Error(`no Windows-1257 byte for ${ch}`);
      return byte;
    }),
  );
}

/** One item of every answer type. */
export function sampleChecklist() {
  return checklist({
    greet: [
      { key: "vmb.greet.smile", type: "yes_no" },
      { key: "vmb.greet.eye", type: "yes_partial_no", na_allowed: true },
      {
        key: "vmb.greet.phrase",
        type: "phrase",
        na_allowed: true,
        phrases: { recommended: ["Laba diena", "Sveiki"], forbidden: ["Ko jums?"] },
      },
    ],
    close: [
      { key: "vmb.close.minutes", type: "measure", unit: "minutes", threshold: { max: 20 }, comment_required_on_fail: true },
      { key: "vmb.close.farewell", type: "yes_no", critical: true, comment_required_on_fail: true },
    ],
  });
}
