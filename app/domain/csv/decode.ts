/**
 * Text encoding of uploaded CSV files. Files saved by Excel on a Lithuanian Windows are
 * Windows-1257 (Baltic); most others are UTF-8, with or without a BOM; Excel's "Unicode
 * text" and some other tools write UTF-16.
 * Rules: a UTF-16 byte order mark (FF FE, FE FF) ⇒ UTF-16 of that byte order; without one,
 * a start where every other byte is NUL (ASCII letters in UTF-16) ⇒ UTF-16 too; else a file
 * that is valid UTF-8 is UTF-8; any invalid UTF-8 byte sequence ⇒ Windows-1257.
 * (Lithuanian letters in Windows-1257 are single bytes ≥ 0x80 that almost never form valid
 * UTF-8 sequences, so the rule does not misfire on real files.)
 */

export type CsvEncoding = "utf-8" | "windows-1257" | "utf-16le" | "utf-16be";

/** UTF-16 recognised from the first bytes of a file, or null. */
export function sniffUtf16(start: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  // Without a BOM: CSV text is mostly ASCII, so one byte of each pair is NUL.
  const pairs = Math.min(start.length >> 1, 512);
  if (pairs < 2) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (start[i] === 0) evenNul++;
    if (start[i + 1] === 0) oddNul++;
  }
  if (oddNul >= pairs * 0.6 && evenNul === 0) return "utf-16le";
  if (evenNul >= pairs * 0.6 && oddNul === 0) return "utf-16be";
  return null;
}

/**
 * Streaming UTF-8 validity check: feed the file's chunks in order, then call `done()`.
 * Works across chunk boundaries (a multi-byte letter split between two chunks is fine).
 */
export function createEncodingDetector() {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let valid = true;
  let first = true;
  let utf16: "utf-16le" | "utf-16be" | null = null;
  return {
    push(chunk: Uint8Array) {
      if (first && chunk.length > 0) {
        first = false;
        utf16 = sniffUtf16(chunk);
      }
      if (!valid || utf16) return;
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
    },
    /** True once the answer is known to be UTF-16 or Windows-1257 (callers may stop reading). */
    get decided() {
      return !valid || utf16 !== null;
    },
    done(): CsvEncoding {
      if (utf16) return utf16;
      if (valid) {
        try {
          decoder.decode();
        } catch {
          valid = false;
        }
      }
      return valid ? "utf-8" : "windows-1257";
    },
  };
}

export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  const detector = createEncodingDetector();
  detector.push(bytes);
  return detector.done();
}

/** A streaming decoder for the chosen encoding; a byte order mark is dropped. */
export function createDecoder(encoding: CsvEncoding) {
  const decoder = new TextDecoder(encoding);
  let first = true;
  return {
    decode(chunk: Uint8Array): string {
      let text = decoder.decode(chunk, { stream: true });
      if (first && text.length > 0) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      return text;
    },
    end(): string {
      return decoder.decode();
    },
  };
}

/** Whole-buffer convenience: detect, decode, drop the BOM. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const encoding = detectEncoding(bytes);
  const decoder = createDecoder(encoding);
  return { text: decoder.decode(bytes) + decoder.end(), encoding };
}
