// The analyser box's limit without zod, so the page shows the count before the schema has loaded;
// analyseSchema (./jd.ts) enforces the same number.
export const JD_ANALYSE_MAX = 50_000;
