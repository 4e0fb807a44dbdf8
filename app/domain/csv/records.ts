/**
 * Helpers for reading a CSV text as a stream of records with their line numbers.
 * Line breaks are normalised to "\n" before parsing (CRLF, LF and old-Mac CR all occur),
 * so the parser needs no guess and quoted breaks inside cells come out as "\n".
 */

/** Streaming CRLF/CR → LF. A "\r" at the end of a chunk waits for the next one. */
export function createLineBreakNormaliser() {
  let pendingCr = false;
  return {
    push(text: string): string {
      let t = pendingCr ? "\r" + text : text;
      pendingCr = t.endsWith("\r");
      if (pendingCr) t = t.slice(0, -1);
      return t.replace(/\r\n?/g, "\n");
    },
    end(): string {
      const rest = pendingCr ? "\n" : "";
      pendingCr = false;
      return rest;
    },
  };
}

/** How many physical lines a parsed record spans (line breaks inside quoted cells add lines). */
export function recordSpan(cells: readonly string[]): number {
  let span = 1;
  for (const cell of cells) for (let i = cell.indexOf("\n"); i !== -1; i = cell.indexOf("\n", i + 1)) span++;
  return span;
}

/** A record with no content at all (an empty line, or only separators). */
export function isBlankRecord(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === "");
}

/**
 * Tracks line numbers over parsed records: `next(cells)` returns the line the record starts on.
 */
export function createLineCounter() {
  let line = 1;
  return (cells: readonly string[]): number => {
    const start = line;
    line += recordSpan(cells);
    return start;
  };
}
