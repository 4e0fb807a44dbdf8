// Streams a CSV file from disk record by record, with bounded memory: one pass to find the
// encoding (UTF-8 unless some bytes are not), then decode → normalise line breaks →
// papaparse, calling `onRecord` for each non-blank record with the line it starts on.
import fs from "node:fs";
import { Readable } from "node:stream";
import Papa from "papaparse";
import { createDecoder, createEncodingDetector, type CsvEncoding } from "~/domain/csv/decode";
import { problem, type Problem } from "~/domain/csv/problems";
import { createLineBreakNormaliser, createLineCounter, isBlankRecord } from "~/domain/csv/records";
import { detectSeparator, type Separator } from "~/domain/csv/separator";
import { stripFormulaGuard } from "~/domain/csv/values";

const CHUNK = 256 * 1024;

export type CsvFileInfo = { encoding: CsvEncoding; separator: Separator; bytes: number };

export async function detectFileEncoding(path: string): Promise<CsvEncoding> {
  const detector = createEncodingDetector();
  for await (const chunk of fs.createReadStream(path, { highWaterMark: CHUNK })) {
    detector.push(chunk as Buffer);
    if (detector.decided) break;
  }
  return detector.done();
}

export type RecordHandler = (cells: string[], line: number) => void;

/**
 * Reads the file; `onRecord` may throw to stop (the error is rethrown after the stream
 * closes). Parser problems (an unclosed quote) come back as problems.
 */
export async function readCsvFile(
  path: string,
  onRecord: RecordHandler,
  onProgress?: (bytesRead: number, total: number) => void,
): Promise<{ info: CsvFileInfo; problems: Problem[] }> {
  const total = fs.statSync(path).size;
  const encoding = await detectFileEncoding(path);
  const decoder = createDecoder(encoding);
  const breaks = createLineBreakNormaliser();
  const stream = fs.createReadStream(path, { highWaterMark: CHUNK });
  const iterator = stream[Symbol.asyncIterator]();
  let bytesRead = 0;

  async function nextText(): Promise<string | null> {
    const next = await iterator.next();
    if (next.done) return null;
    bytesRead += (next.value as Buffer).length;
    onProgress?.(bytesRead, total);
    return breaks.push(decoder.decode(next.value as Buffer));
  }

  // The separator is decided on the first text (it holds the header row).
  let first = "";
  while (first.length === 0) {
    const text = await nextText();
    if (text === null) break;
    first = text;
  }
  const separator = detectSeparator(first);
  const info: CsvFileInfo = { encoding, separator, bytes: total };

  async function* texts() {
    if (first) yield first;
    for (let text = await nextText(); text !== null; text = await nextText()) if (text) yield text;
    const rest = breaks.push(decoder.end()) + breaks.end();
    if (rest) yield rest;
  }

  const problems: Problem[] = [];
  const lineOf = createLineCounter();
  let failure: unknown = null;
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(texts()) as unknown as File, {
      delimiter: separator,
      newline: "\n",
      quoteChar: '"',
      step(results, parser) {
        if (failure) return;
        const cells = (results.data as string[]).map(stripFormulaGuard);
        const line = lineOf(cells);
        for (const e of results.errors)
          if (e.code === "MissingQuotes" || e.code === "InvalidQuotes") problems.push(problem(line, null, "bad_quotes"));
        if (isBlankRecord(cells)) return;
        try {
          onRecord(cells, line);
        } catch (error) {
          failure = error;
          parser.abort();
        }
      },
      complete: () => resolve(),
      error: (error: Error) => reject(error),
    });
  });
  stream.destroy();
  if (failure) throw failure;
  return { info, problems };
}
