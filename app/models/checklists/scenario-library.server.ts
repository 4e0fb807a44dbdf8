// The scenario library and shopper protocols, read from checklists/ once per process (the files
// change only with a deployment, like the checklists themselves) and checked against the
// checklist files: a broken scenario stops the server at start-up, not a shopper mid-visit.
import { loadChecklistFiles } from "~/domain/checklists/load.server";
import type { Protocols, Scenario } from "~/domain/checklists/scenario";
import { loadProtocols, loadScenarioFiles } from "~/domain/checklists/scenarios.server";

let cache: { scenarios: Scenario[]; protocols: Protocols } | undefined;

function library() {
  if (!cache) cache = { scenarios: loadScenarioFiles(loadChecklistFiles().map((l) => l.checklist)), protocols: loadProtocols() };
  return cache;
}

export function scenariosOf(checklistId: string): Scenario[] {
  return library().scenarios.filter((s) => s.checklist === checklistId);
}

export function findScenario(key: string | null | undefined): Scenario | undefined {
  return key ? library().scenarios.find((s) => s.key === key) : undefined;
}

export function protocolFor(channel: keyof Protocols["channels"]) {
  return library().protocols.channels[channel];
}
