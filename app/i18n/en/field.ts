import type { field as lt } from "../lt/field";
import type { PluralForms } from "../types";

export const field: Record<keyof typeof lt, string | PluralForms> = {
  "field.waiting": { one: "{count} change waiting to be sent", other: "{count} changes waiting to be sent" },
  "field.allSent": "All changes sent.",
  "field.confirmed": "Confirmed by the server at {time}.",
  "field.sending": "Sending…",
  "field.retry": "We will try again automatically when the connection is back.",
  "field.submitWaiting": "The submission is waiting for a connection: the audit will be submitted as soon as there is one.",
  "field.conflicts.title": "This draft was changed in another window or on another device",
  "field.conflicts.intro": "These answers differ. Choose which to keep; other changes were merged automatically.",
  "field.conflicts.mine": "On this device: {value}",
  "field.conflicts.theirs": "Saved on the server: {value}",
  "field.conflicts.keepMine": "Keep this device's",
  "field.conflicts.takeTheirs": "Take the server's",
  "field.unanswered": "unanswered",
  "field.overallComment": "Overall comment",
  "field.offlinePost": "The server cannot be reached. The answers are kept on this device; try again when the connection is back.",
  "field.delete.summary": "Delete the draft",
  "field.delete.text": "The draft and all its answers will be deleted for good. A submitted audit cannot be deleted.",
  "field.delete.confirm": "Delete for good",
  "audits.form.deleted": "Draft deleted.",
  "audits.error.notDeletable": "Only a draft that was never submitted can be deleted.",
  "audits.error.stale": "While you were filling it in, this draft was changed elsewhere. Reload the page and check the answers.",
};
