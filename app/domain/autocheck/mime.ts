/**
 * Reads one .eml file: headers, date, subject and the employee's own words (quoted parts
 * and forwarded messages removed). MIME decoding (multipart, quoted-printable, base64,
 * charsets such as windows-1257) is postal-mime's.
 */
import PostalMime from "postal-mime";
import { htmlToText } from "./html";
import { stripQuoted } from "./quote";

export class NotAnEmailError extends Error {}

export type ParsedEmail = {
  subject: string | null;
  date: Date | null;
  from: string | null;
  /** Lower-case header name → value (first occurrence). */
  headers: Map<string, string>;
  /** The body as sent, quotes included (plain text). */
  fullText: string;
  /** The employee's own words: the body without the quoted original. */
  ownText: string;
};

const HEADER_LINE = /^[!-9;-~]+:/;
const KNOWN_HEADERS =
  /^(from|date|subject|to|message-id|received|mime-version|return-path|content-type|delivered-to|reply-to|in-reply-to|references|x-[a-z-]+):/i;

/** True when the text starts with an RFC 5322 header block naming at least a sender or a date. */
export function looksLikeEmail(head: string): boolean {
  const text = head.replace(/^\uFEFF/, "").replace(/^From [^\n]*\n/, ""); // mbox "From " line
  const block = text.split(/\r?\n\r?\n/, 1)[0];
  const rows = block.split(/\r?\n/);
  if (rows.length === 0 || !HEADER_LINE.test(rows[0])) return false;
  let known = 0;
  let core = false;
  for (const row of rows) {
    if (/^[ \t]/.test(row)) continue;
    if (!HEADER_LINE.test(row)) return false;
    if (KNOWN_HEADERS.test(row)) known++;
    if (/^(from|date):/i.test(row)) core = true;
  }
  return core && known >= 2;
}

export async function parseEmail(raw: Uint8Array | string): Promise<ParsedEmail> {
  const head = typeof raw === "string" ? raw.slice(0, 64 * 1024) : new TextDecoder("latin1").decode(raw.subarray(0, 64 * 1024));
  if (!looksLikeEmail(head)) throw new NotAnEmailError("not an e-mail message (no From/Date header block)");
  const email = await PostalMime.parse(raw, { attachmentEncoding: "arraybuffer" });
  const headers = new Map<string, string>();
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value);
  const plain = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : "";
  const fromText = email.text?.trim() ? stripQuoted(email.text) : null;
  const fromHtml = email.html ? stripQuoted(htmlToText(email.html)) : null;
  // With both parts, the shorter own text wins: the HTML part marks its quote
  // (<blockquote>, gmail_quote) where the text part may show it without any marker.
  const candidates = [fromText, fromHtml].filter((t): t is string => t !== null && t.trim() !== "");
  const ownText = candidates.sort((a, b) => a.length - b.length)[0] ?? "";
  const date = email.date ? new Date(email.date) : null;
  const from = email.from && "address" in email.from && email.from.address ? email.from.address : (email.from?.name ?? null);
  return {
    subject: email.subject?.trim() ?? null,
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    from,
    headers,
    fullText: plain,
    ownText,
  };
}
