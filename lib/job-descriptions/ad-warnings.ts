// The analyser page's one list of wording warnings: the job-ad checks (lib/jd/exclusion.ts) and
// retext-equality / retext-profanities (lib/jd/inclusive.ts) merged in line order, without saying
// the same thing twice, and in words a recruiter reads without knowing the packages.
import type { ExclusionWarning } from "../jd/exclusion";
import type { InclusiveWarning } from "../jd/inclusive";

export type AdWarning = {
  /** "Line 7", or "Whole ad" for a finding about the text as a whole (gender-coded wording). */
  where: string;
  line: number | null;
  message: string;
  suggestion?: string;
};

/** The job-ad checks that read the whole text rather than one line. */
const WHOLE_AD_RULES = new Set(["gender-coded"]);
/** retext-equality's pronoun rules, which the job-ad pronoun check already explains on the same line. */
const RETEXT_PRONOUN_RULES = new Set(["he-she", "her-him"]);

// retext-equality's wording: "Unexpected potentially insensitive use of `chairman`, in somes cases
// `chair`, `head` may be better" (the package's own typo included).
const EQUALITY =
  /^Unexpected potentially insensitive use of `([^`]+)`(?:, when referring to a person)?, in somes? cases (.+) may be better$/;

function plain(message: string): { message: string; suggestion?: string } {
  const m = EQUALITY.exec(message);
  if (!m) return { message };
  const options = [...m[2]!.matchAll(/`([^`]+)`/g)].map((o) => `"${o[1]}"`);
  return {
    message: `"${m[1]}" may read as leaving some people out.`,
    suggestion: options.length ? options.join(", ") : undefined,
  };
}

export function adWarnings(inclusive: InclusiveWarning[], exclusion: ExclusionWarning[]): AdWarning[] {
  const pronounLines = new Set(exclusion.filter((w) => w.ruleId === "gendered-pronoun").map((w) => w.line));
  const rows = [
    ...exclusion.map((w) => {
      const whole = WHOLE_AD_RULES.has(w.ruleId);
      return { line: whole ? null : w.line, column: w.column, message: w.message, suggestion: w.suggestion };
    }),
    ...inclusive
      .filter((w) => !(RETEXT_PRONOUN_RULES.has(w.ruleId) && pronounLines.has(w.line)))
      .map((w) => ({ line: w.line, column: w.column, ...plain(w.message) })),
  ];
  // Whole-ad findings first, then by line and column.
  rows.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || a.column - b.column);
  return rows.map(({ line, message, suggestion }) => ({
    where: line === null ? "Whole ad" : `Line ${line}`,
    line,
    message,
    ...(suggestion ? { suggestion } : {}),
  }));
}
