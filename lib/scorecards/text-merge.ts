// Three-way merge of one free text (a domain's evidence, the private note) edited in two places
// from the same start, line by line as diff3 does it: each side's changes are runs of base lines
// replaced; runs that touch different lines are both applied, runs that overlap (or insert at the
// same place) are a conflict the person settles. Pure; runs in the browser.
import { diffArrays } from "diff";

type Change = { start: number; end: number; lines: string[] };

/** Where `edited` differs from `base`: runs of base lines [start, end) and what replaced them. */
function changes(base: string[], edited: string[]): Change[] {
  const out: Change[] = [];
  let at = 0;
  let open: Change | null = null;
  for (const part of diffArrays(base, edited)) {
    if (!part.added && !part.removed) {
      if (open) out.push(open);
      open = null;
      at += part.count ?? part.value.length;
      continue;
    }
    open ??= { start: at, end: at, lines: [] };
    if (part.removed) {
      at += part.value.length;
      open.end = at;
    } else open.lines.push(...part.value);
  }
  if (open) out.push(open);
  return out;
}

const same = (a: Change, b: Change) =>
  a.start === b.start &&
  a.end === b.end &&
  a.lines.length === b.lines.length &&
  a.lines.every((l, i) => l === b.lines[i]);

/** Two changes that cannot both be applied in a well-defined order. */
const clash = (a: Change, b: Change) => a.start === b.start || (a.start < b.end && b.start < a.end);

/**
 * `mine` and `theirs` merged, or null when they change the same lines differently. The same
 * change made on both sides is applied once.
 */
export function mergeText(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  const baseLines = base.split("\n");
  const all: Change[] = [];
  const ours = changes(baseLines, mine.split("\n"));
  for (const t of changes(baseLines, theirs.split("\n"))) {
    const twins = ours.filter((m) => clash(m, t));
    if (twins.length === 0) all.push(t);
    else if (twins.length > 1 || !same(twins[0]!, t)) return null;
  }
  all.push(...ours);
  all.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let at = 0;
  for (const c of all) {
    out.push(...baseLines.slice(at, c.start), ...c.lines);
    at = c.end;
  }
  out.push(...baseLines.slice(at));
  return out.join("\n");
}
