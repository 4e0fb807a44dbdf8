export { resolveAnswer, answerErrors, answerShapeErrors } from "./resolve";
export { validateAnswers, checklistItems, checklistItemMap, type ValidateOptions } from "./validate";
export { scoreAudit, roundScore, type AuditScore, type SectionScore, type ItemScore, type ScoreOptions } from "./score";
export * from "./types";
export { VALUES, choiceValue, classOfValue, countValue, noCounts, type ChoiceCounts } from "./classify";
