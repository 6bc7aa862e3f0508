// What changed in a job description, line by line and in order, and why: the role's targets
// changed since the text was generated, or someone edited the text by hand. Pure functions.
import { z } from "zod";
import { generatedFromSchema } from "../validation/jd";
import type { GeneratedFrom } from "./generate";

export type LineChange = { kind: "added" | "removed"; text: string };

/** Above this many line pairs the diff falls back to "all removed, all added" rather than stall. */
const MAX_CELLS = 4_000_000;

/** Lines removed and added between two versions, in document order (longest common subsequence). */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before.split("\n").filter((l) => l.trim());
  const b = after.split("\n").filter((l) => l.trim());
  // Trim the common head and tail first: regenerations usually change a few lines in the middle.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x = a.slice(head, a.length - tail);
  const y = b.slice(head, b.length - tail);
  if (x.length * y.length > MAX_CELLS)
    return [...x.map((text) => ({ kind: "removed" as const, text })), ...y.map((text) => ({ kind: "added" as const, text }))];
  // lcs[i][j] = length of the LCS of x[i..] and y[j..]
  const lcs = Array.from({ length: x.length + 1 }, () => new Uint32Array(y.length + 1));
  for (let i = x.length - 1; i >= 0; i--)
    for (let j = y.length - 1; j >= 0; j--)
      lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: LineChange[] = [];
  let i = 0;
  let j = 0;
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) [i, j] = [i + 1, j + 1];
    else if (j < y.length && (i === x.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push({ kind: "added", text: y[j++]! });
    else out.push({ kind: "removed", text: x[i++]! });
  }
  return out;
}

export type TargetRef = { domainId: string; name: string; target: number };
export type JdChanges = {
  /** Targets that differ from the ones the saved text was generated from ("Observability: Level 2 → Level 3"). */
  targetChanges: string[];
  /** What regenerating now would change in the generated text (targets or matrix wording changed). */
  regeneration: LineChange[];
  /** Hand edits: the saved text against the text as generated; null when the origin is unknown. */
  handEdits: LineChange[] | null;
  /** No record of the generated text (saved before it was kept): the saved text against a fresh generation. */
  unknownOrigin: LineChange[] | null;
};

/** A stored `generatedFrom`: older rows hold only targets, or nothing; a field of the wrong shape reads as absent. */
const storedGeneratedFrom = z.object({
  targets: generatedFromSchema.shape.targets.optional().catch(undefined),
  text: generatedFromSchema.shape.text.optional().catch(undefined),
});

/** Parses a stored `generatedFrom` JSON value defensively: null when it isn't an object at all. */
export function readGeneratedFrom(value: unknown): Partial<GeneratedFrom> | null {
  const parsed = storedGeneratedFrom.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Separates the two reasons a saved description differs from what the generator gives today. */
export function jdChanges(
  saved: { content: string; generatedFrom: Partial<GeneratedFrom> | null },
  current: { targets: TargetRef[]; generated: string },
): JdChanges {
  const before = saved.generatedFrom?.targets;
  const targetChanges = before
    ? current.targets.flatMap((t) => {
        const old = before.find((b) => b.domainId === t.domainId)?.target ?? 0;
        return old !== t.target ? [`${t.name}: Level ${old} → Level ${t.target}`] : [];
      })
    : [];
  const original = saved.generatedFrom?.text;
  if (original === undefined)
    return { targetChanges, regeneration: [], handEdits: null, unknownOrigin: diffLines(saved.content, current.generated) };
  return {
    targetChanges,
    regeneration: diffLines(original, current.generated),
    handEdits: diffLines(original, saved.content),
    unknownOrigin: null,
  };
}
