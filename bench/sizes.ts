// The installation every dashboard size uses: 10 organisations (issue 16) sharing 40
// departments, 1 000 employees and three years of data. Keeping it fixed shows how the
// loaders grow with the number of audits alone.
export const BENCH_ORG = { organisations: 10, departments: 40, employees: 1000, months: 36 };
export const DEFAULT_SIZES = [10_000, 100_000, 1_000_000];
