import type { autocheck as lt } from "../lt/autocheck";
import type { PluralForms } from "../types";

export const autocheck: Record<keyof typeof lt, string | PluralForms> = {
  "nav.autocheck": "Automatic checks",

  "audits.autocheck.emailTitle": "Check the reply automatically",
  "audits.autocheck.emailIntro":
    "Attach the reply you received (and the automatic acknowledgement, if there was one) as .eml files, or paste the reply's text. The suggestions fill in the items not answered yet; check them and change them where needed.",
  "audits.autocheck.files": "E-mails (.eml)",
  "audits.autocheck.text": "Or paste the reply's text",
  "audits.autocheck.transcriptTitle": "Check the transcript automatically",
  "audits.autocheck.transcriptIntro":
    "Paste the transcript (lines „Darbuotojas: …“ and „Klientas: …“, or notes with the employee's words in quotes „…“). The suggestions fill in the phrase items not answered yet.",
  "audits.autocheck.transcript": "Transcript",
  "audits.autocheck.run": "Check",
  "audits.autocheck.done": {
    one: "The automatic check suggested {count} answer; unanswered items filled in: {filled}.",
    other: "The automatic check suggested {count} answers; unanswered items filled in: {filled}.",
  },
  "audits.autocheck.none": "The automatic check could not suggest any answers: fill in the items yourself.",
  "audits.autocheck.notAnEmail": "The file “{file}” is not an e-mail. Save the reply from the mail program as an .eml file and attach it.",
  "audits.autocheck.nothingToCheck": "Attach an .eml file or paste the text.",
  "audits.autocheck.noEmployeeWords":
    "No employee's words in the transcript: write lines „Darbuotojas: …“ and „Klientas: …“, or quote the employee's words „…“.",
  "audits.autocheck.tooLarge":
    "The files are too large: together they may be up to {max} MB. Attach only the reply e-mails without large attachments, or paste the reply's text.",
  "audits.autocheck.isAnEmail": "This is an e-mail, not a transcript.",
  "audits.autocheck.wrongChannel": "The automatic check does not fit an audit of this channel.",
  "audits.autocheck.suggestion": "Automatic suggestion: {answer}",
  "audits.autocheck.suggestionValue": "Automatic suggestion: {value} ({answer})",
  "audits.autocheck.evidence": "Evidence",

  "admin.autocheck.title": "Accuracy of the automatic checks",
  "admin.autocheck.intro":
    "How often auditors agreed with the automatic check's suggestion when they submitted the audit. Only submitted audits count.",
  "admin.autocheck.empty": "No submitted audits with automatic suggestions yet.",
  "admin.autocheck.checklist": "Checklist",
  "admin.autocheck.item": "Item",
  "admin.autocheck.suggestions": "Suggestions",
  "admin.autocheck.agreed": "Agreed",
  "admin.autocheck.overridden": "Changed",
  "admin.autocheck.rate": "Agreement",
};
