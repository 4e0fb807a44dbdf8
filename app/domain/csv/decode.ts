/**
 * Text encoding of uploaded CSV files. Files saved by Excel on a Lithuanian Windows are
 * Windows-1257 (Baltic); everything else we see is UTF-8, with or without a BOM.
 * Rule: a file that is valid UTF-8 is UTF-8; any invalid UTF-8 byte sequence ⇒ Windows-1257.
 * (Lithuanian letters in Windows-1257 are single bytes ≥ 0x80 that almost never form valid
 * UTF-8 sequences, so the rule does not misfire on real files.)
 */

export type CsvEncoding = "utf-8" | "windows-1257";

/**
 * Streaming UTF-8 validity check: feed the file's chunks in order, then call `done()`.
 * Works across chunk boundaries (a multi-byte letter split between two chunks is fine).
 */
export function createEncodingDetector() {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let valid = true;
  return {
    push(chunk: Uint8Array) {
      if (!valid) return;
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        valid = false;
      }
    },
    /** True once the answer is known to be Windows-1257 (callers may stop reading). */
    get decided() {
      return !valid;
    },
    done(): CsvEncoding {
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

/** A streaming decoder for the chosen encoding; a UTF-8 byte order mark is dropped. */
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
