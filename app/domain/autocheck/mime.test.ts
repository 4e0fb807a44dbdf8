import { describe, expect, it } from "vitest";
import { htmlToText } from "./html";
import { looksLikeEmail, NotAnEmailError, parseEmail } from "./mime";
import { stripQuoted } from "./quote";

const eml = (headers: string, body: string) => `${headers}\r\n\r\n${body}`;
const HEAD =
  "From: Ona <ona@example.lt>\r\nTo: a@b.lt\r\nSubject: RE: Dėl sąskaitos\r\nDate: Fri, 20 Nov 2026 14:30:00 +0200\r\nMIME-Version: 1.0";

describe("looksLikeEmail", () => {
  it("accepts a header block with From or Date", () => {
    expect(looksLikeEmail(eml(HEAD, "x"))).toBe(true);
    expect(looksLikeEmail("From sender@x Fri Nov 20 2026\n" + eml(HEAD, "x"))).toBe(true); // mbox
  });
  it("rejects transcripts, notes and binary", () => {
    expect(looksLikeEmail("Darbuotoja: Laba diena\nKlientas: Labas")).toBe(false);
    expect(looksLikeEmail("Laba diena,\n\ndėkojame už laišką")).toBe(false);
    expect(looksLikeEmail("Subject: only a subject\n\nbody")).toBe(false);
    expect(looksLikeEmail("\u0089PNG\r\n\u001a\n")).toBe(false);
  });
});

describe("parseEmail", () => {
  it("throws NotAnEmailError for text that is not a message", async () => {
    await expect(parseEmail("Darbuotoja: Laba diena")).rejects.toBeInstanceOf(NotAnEmailError);
  });

  it("decodes quoted-printable windows-1257", async () => {
    const raw = eml(
      HEAD.replace(
        "MIME-Version: 1.0",
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1257\r\nContent-Transfer-Encoding: quoted-printable",
      ),
      "Laba diena, d=EBkojame u=FE J=FBs=F8 lai=F0k=E0.",
    );
    const parsed = await parseEmail(raw);
    expect(parsed.ownText).toBe("Laba diena, dėkojame už Jūsų laišką.");
    expect(parsed.subject).toBe("RE: Dėl sąskaitos");
    expect(parsed.date?.toISOString()).toBe("2026-11-20T12:30:00.000Z");
  });

  it("decodes base64 UTF-8 and RFC 2047 subjects", async () => {
    const body = Buffer.from("Laba diena, ačiū už laišką.", "utf8").toString("base64");
    const raw = eml(
      HEAD.replace("Subject: RE: Dėl sąskaitos", "Subject: =?UTF-8?B?" + Buffer.from("Šildymas", "utf8").toString("base64") + "?=").replace(
        "MIME-Version: 1.0",
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
      ),
      body,
    );
    const parsed = await parseEmail(raw);
    expect(parsed.subject).toBe("Šildymas");
    expect(parsed.ownText).toBe("Laba diena, ačiū už laišką.");
  });

  it("reads HTML-only mail without its blockquote", async () => {
    const raw = eml(
      HEAD.replace("MIME-Version: 1.0", "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8"),
      "<p>Laba diena,</p><p>atsakymas &bdquo;taip&ldquo;.</p><blockquote>Labas, ačiū už laišką</blockquote>",
    );
    const parsed = await parseEmail(raw);
    expect(parsed.ownText).toBe("Laba diena,\n\natsakymas „taip“.");
  });

  it("prefers the HTML part's quote marks when the text part hides the quote", async () => {
    const boundary = "b1";
    const raw = eml(
      HEAD.replace("MIME-Version: 1.0", `MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="${boundary}"`),
      `--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLaba diena, atsakome.\r\n\r\nLabas, ačiū už laišką\r\n--${boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<div>Laba diena, atsakome.</div><div class="gmail_quote">Labas, ačiū už laišką</div>\r\n--${boundary}--\r\n`,
    );
    expect((await parseEmail(raw)).ownText).toBe("Laba diena, atsakome.");
  });
});

describe("stripQuoted", () => {
  it("cuts at '>' lines and Lithuanian/English attributions, also wrapped ones", () => {
    expect(stripQuoted("Atsakymas.\n\n2026-11-20, 09:00, Jonas <j@x.lt> rašė:\n> Labas")).toBe("Atsakymas.");
    expect(stripQuoted("Atsakymas.\n\nOn Fri, 20 Nov 2026 at 09:00, Jonas <j@x.lt>\nwrote:\n> Labas")).toBe("Atsakymas.");
    expect(stripQuoted("Atsakymas.\n> Labas")).toBe("Atsakymas.");
  });
  it("cuts Outlook header blocks and forwarded messages", () => {
    expect(stripQuoted("Atsakymas.\n\nNuo: Jonas <j@x.lt>\nIšsiųsta: 2026 m. lapkričio 20 d.\nTema: x\n\nLabas")).toBe("Atsakymas.");
    expect(stripQuoted("Atsakymas.\n---------- Persiųstas laiškas ---------\nNuo: Jonas\nLabas")).toBe("Atsakymas.");
    expect(stripQuoted("Atsakymas.\n-----Original Message-----\nFrom: x\nLabas")).toBe("Atsakymas.");
    expect(stripQuoted("Atsakymas.\n________________________________\nFrom: x\nSent: y")).toBe("Atsakymas.");
  });
  it("keeps a signature introduced by '-- '", () => {
    expect(stripQuoted("Atsakymas.\n-- \nOna Petraitienė")).toBe("Atsakymas.\n-- \nOna Petraitienė");
  });
});

describe("htmlToText", () => {
  it("drops styles, comments and the Outlook original", () => {
    const html = `<style>p{}</style><!-- x --><p>Laba&nbsp;diena</p><div id="divRplyFwdMsg">Nuo: Jonas</div><p>Labas</p>`;
    expect(htmlToText(html)).toBe("Laba diena");
  });
  it("decodes numeric entities and keeps line breaks", () => {
    expect(htmlToText("A&#x17E;uolas<br>&#261;&amp;b")).toBe("Ažuolas\ną&b");
  });
});
