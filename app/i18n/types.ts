/** Plural forms as Intl.PluralRules names them; Lithuanian uses one, few, many and other. */
export type PluralForms = { one?: string; few?: string; many?: string; other: string };
