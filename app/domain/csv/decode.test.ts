import { describe, expect, it } from "vitest";
import { createDecoder, createEncodingDetector, decodeCsvBytes, detectEncoding } from "./decode";
import { encodeWindows1257 } from "./test-helpers";

const LT = "ąčęėįšųūž ĄČĘĖĮŠŲŪŽ";

describe("encoding detection", () => {
  it("reads UTF-8 without and with a BOM, dropping the BOM", () => {
    const plain = new TextEncoder().encode(`vardas;${LT}`);
    expect(decodeCsvBytes(plain)).toEqual({ text: `vardas;${LT}`, encoding: "utf-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeCsvBytes(bom)).toEqual({ text: `vardas;${LT}`, encoding: "utf-8" });
  });

  it("decodes Windows-1257 (Excel on a Lithuanian Windows) when the bytes are not UTF-8", () => {
    const bytes = encodeWindows1257(`Skyrius;Vardas\r\nKAS;Šarūnė Žąsinaitė ${LT}`);
    expect(detectEncoding(bytes)).toBe("windows-1257");
    expect(decodeCsvBytes(bytes).text).toBe(`Skyrius;Vardas\r\nKAS;Šarūnė Žąsinaitė ${LT}`);
  });

  it("treats pure ASCII as UTF-8", () => {
    expect(detectEncoding(new TextEncoder().encode("a;b\r\n1;2"))).toBe("utf-8");
  });

  it("keeps a UTF-8 letter split between two chunks valid, in the detector and the decoder", () => {
    const bytes = new TextEncoder().encode("Šarūnas");
    const detector = createEncodingDetector();
    detector.push(bytes.subarray(0, 1));
    detector.push(bytes.subarray(1));
    expect(detector.done()).toBe("utf-8");
    const decoder = createDecoder("utf-8");
    expect(decoder.decode(bytes.subarray(0, 1)) + decoder.decode(bytes.subarray(1)) + decoder.end()).toBe("Šarūnas");
  });

  it("finds Windows-1257 even when the first chunks are plain ASCII", () => {
    const detector = createEncodingDetector();
    detector.push(new TextEncoder().encode("a;b\n".repeat(1000)));
    expect(detector.decided).toBe(false);
    detector.push(encodeWindows1257("Žemaitė"));
    expect(detector.decided).toBe(true);
    expect(detector.done()).toBe("windows-1257");
  });

  it("reports a UTF-8 sequence cut off at the very end as Windows-1257", () => {
    const detector = createEncodingDetector();
    detector.push(new Uint8Array([0x61, 0xc5]));
    expect(detector.done()).toBe("windows-1257");
  });

  it("decodes UTF-16 with a byte order mark, both byte orders, across chunks", () => {
    const text = `vardas;pavardė\r\nŠarūnė;Žąsinaitė ${LT}`;
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, "utf16le"))]);
    expect(decodeCsvBytes(le)).toEqual({ text, encoding: "utf-16le" });
    const be = new Uint8Array(Buffer.from(text, "utf16le").swap16());
    expect(decodeCsvBytes(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text, encoding: "utf-16be" });
    const decoder = createDecoder("utf-16le");
    expect(decoder.decode(le.subarray(0, 5)) + decoder.decode(le.subarray(5)) + decoder.end()).toBe(text);
  });

  it("recognises UTF-16 without a byte order mark by its NUL bytes", () => {
    const text = "skyriaus_kodas;vardas\nKAS;Rūta";
    expect(decodeCsvBytes(new Uint8Array(Buffer.from(text, "utf16le")))).toEqual({ text, encoding: "utf-16le" });
    expect(detectEncoding(new Uint8Array(Buffer.from(text, "utf16le").swap16()))).toBe("utf-16be");
  });

  it("does not take a UTF-8 file with a stray NUL for UTF-16", () => {
    expect(detectEncoding(new TextEncoder().encode("vardas;pavarde\nJonas\u0000;Petraitis"))).toBe("utf-8");
  });
});
