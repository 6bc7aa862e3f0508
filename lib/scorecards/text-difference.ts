// What differs between two versions of one free text (a domain's evidence, the private note), word
// by word, so the conflict dialog can mark it on each side instead of leaving the reader to spot a
// changed word in two paragraphs. Pure; runs in the browser.
import { diffWordsWithSpace } from "diff";

/** A run of one side's text; `differs` = the other side does not have it there. */
export type TextSegment = { text: string; differs: boolean };

/** After this long the comparison gives up (each side is shown unmarked): a dialog must not hang. */
const GIVE_UP_AFTER_MS = 150;

/**
 * Each side cut into runs, the runs only it has marked. Null when the texts are the same, either is
 * empty (all of the other side would be marked: nothing to point at), or they differ too much for
 * word marks to help.
 */
export function textDifference(mine: string, theirs: string): { mine: TextSegment[]; theirs: TextSegment[] } | null {
  if (mine === theirs || !mine.trim() || !theirs.trim()) return null;
  const parts = diffWordsWithSpace(theirs, mine, { timeout: GIVE_UP_AFTER_MS });
  if (!parts) return null;
  const side = (keep: "added" | "removed"): TextSegment[] =>
    parts
      .filter((p) => !(keep === "added" ? p.removed : p.added))
      .map((p) => ({ text: p.value, differs: Boolean(p[keep]) }));
  const result = { mine: side("added"), theirs: side("removed") };
  // Nothing in common but spaces: marking everything says no more than the two texts side by side.
  const shared = result.mine.filter((s) => !s.differs && s.text.trim()).length;
  return shared ? result : null;
}
