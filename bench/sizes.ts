// The organisation every dashboard size uses: one large organisation, more years of data.
// Keeping it fixed shows how the loaders grow with the number of audits alone.
export const BENCH_ORG = { departments: 40, employees: 1000, months: 36 };
export const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
