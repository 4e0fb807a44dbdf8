import type { programme as lt } from "../lt/programme";
import type { PluralForms } from "../types";

export const programme: Record<keyof typeof lt, string | PluralForms> = {
  "nav.programme": "Programme comparison",
  "programme.title": "Organisations compared by service stage",
  "programme.intro":
    "Each organisation is audited against its own standard. Only the means of the stages both standards have are compared; single rules of different standards are never compared with each other.",
  "programme.scopeNote": "Organisation-level stage means only: no employees, departments or single rules.",
  "programme.period.title": "Period",
  "programme.stage.greeting": "Greeting and making contact",
  "programme.stage.needs": "Clarifying needs and listening",
  "programme.stage.information": "Information and advice",
  "programme.stage.closing": "Closing and farewell",
  "programme.stage.phone": "Phone service",
  "programme.stage.email": "E-mail service",
  "programme.stage.appearance": "Staff appearance",
  "programme.stage.workplace": "Workplace and premises",
  "programme.organisations": "Organisations",
  "programme.standards": "Standard: {list}",
  "programme.table.caption": "Stage means by organisation, {from} – {to}",
  "programme.table.stage": "Stage",
  "programme.cell.mean": "Mean {mean}",
  "programme.cell.n": "n = {count}",
  "programme.cell.ci": "95 % CI {low}–{high}",
  "programme.cell.rank": "Place: {rank} of {of}",
  "programme.cell.tooFew": "Too few data",
  "programme.cell.none": "No audits",
  "programme.chart.title": "Stage means (only organisations with enough audits)",
  "programme.chart.summary": "The same means are in the table below.",
  "programme.minN": {
    one: "An organisation takes a place in a stage, and appears in the chart, only when at least {count} audit has a score for that stage; otherwise the cell says “Too few data”.",
    other:
      "An organisation takes a place in a stage, and appears in the chart, only when at least {count} audits have a score for that stage; otherwise the cell says “Too few data”.",
  },
  "programme.ciNote":
    "A stage score is the weighted mean of that stage's rules in one audit (rules marked not applicable are left out). n is the number of audits with a score for the stage. 95 % CI is the 95 % confidence interval (Student's t). A critical failure makes the audit's score 0 but does not change its stage scores.",
  "programme.empty": "No stage scores in this period. Choose another period.",
  "programme.noOrganisations": "No organisation has been assigned to you. Ask the platform administrator.",
};
