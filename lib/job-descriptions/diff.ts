// What changed in a job description, line by line and in order, and why: the role's targets
// changed since the text was generated, or someone edited the text by hand. Pure functions.
import { diffArrays } from "diff";
import { z } from "zod";
import { generatedFromSchema } from "../validation/jd";
import type { GeneratedFrom } from "./generate";

export type LineChange = { kind: "added" | "removed"; text: string };

/** Past this many edits the texts have little in common: all removed, all added, rather than stall. */
const MAX_EDITS = 5_000;

/** Lines removed and added between two versions, in document order (Myers' diff, from the `diff` package). */
export function diffLines(before: string, after: string): LineChange[] {
  const a = before.split("\n").filter((l) => l.trim());
  const b = after.split("\n").filter((l) => l.trim());
  const parts = diffArrays(a, b, { maxEditLength: MAX_EDITS });
  if (!parts)
    return [
      ...a.map((text) => ({ kind: "removed" as const, text })),
      ...b.map((text) => ({ kind: "added" as const, text })),
    ];
  return parts.flatMap((part) =>
    part.added || part.removed
      ? part.value.map((text) => ({ kind: part.added ? ("added" as const) : ("removed" as const), text }))
      : [],
  );
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
    return {
      targetChanges,
      regeneration: [],
      handEdits: null,
      unknownOrigin: diffLines(saved.content, current.generated),
    };
  return {
    targetChanges,
    regeneration: diffLines(original, current.generated),
    handEdits: diffLines(original, saved.content),
    unknownOrigin: null,
  };
}
