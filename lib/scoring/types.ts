// Shared vocabulary for the scoring functions. Kept as plain string unions (not the
// generated Prisma enums) so this folder stays free of I/O and generated code; Prisma's
// enum values are the same strings, so rows from the database fit these types directly.

/** Highest proficiency level in the matrix. Ratings are 0 (below Level 1) .. MAX_LEVEL. */
export const MAX_LEVEL = 3;

export const RECOMMENDATIONS = ["STRONG_NO", "NO", "YES", "STRONG_YES", "NO_DECISION"] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export type Emphasis = "CORE" | "SUPPORTING" | "PERIPHERAL";

/** A rating as stored: 0..MAX_LEVEL, or null for "not assessed". */
export type RatingValue = number | null | undefined;
