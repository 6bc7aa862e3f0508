// A question's ratings per level: a compact stacked bar for the list, a bar list for its page.
// Plain boxes (no chart library); the numbers are printed, the bars only show proportions.

const LEVELS = [
  { key: "r0", label: "Below L1", className: "bg-slate-400" },
  { key: "r1", label: "L1", className: "bg-sky-500" },
  { key: "r2", label: "L2", className: "bg-indigo-500" },
  { key: "r3", label: "L3", className: "bg-purple-600" },
] as const;

export type LevelCounts = { r0: number; r1: number; r2: number; r3: number };

const total = (c: LevelCounts) => c.r0 + c.r1 + c.r2 + c.r3;

export function RatingStack({ counts }: { counts: LevelCounts }) {
  const n = total(counts) || 1;
  return (
    <div className="grid gap-1">
      <div className="flex h-3 w-full max-w-48 overflow-hidden rounded bg-muted" aria-hidden>
        {LEVELS.map((l) => (
          <div key={l.key} style={{ width: `${(100 * counts[l.key]) / n}%` }} className={l.className} />
        ))}
      </div>
      <span className="text-xs text-muted-foreground">
        {LEVELS.map((l) => `${l.label} ${counts[l.key]}`).join(" · ")}
      </span>
    </div>
  );
}

/** One row per level: label, a bar as wide as its share, the count and share. `passLevel` marks the levels that pass. */
export function RatingBarList({ counts, passLevel }: { counts: LevelCounts; passLevel: number }) {
  const n = total(counts);
  return (
    <ul aria-label="Ratings per level" className="grid gap-2 text-sm">
      {LEVELS.map((l, level) => {
        const share = n ? counts[l.key] / n : 0;
        return (
          <li key={l.key} className="grid grid-cols-[5rem_minmax(0,1fr)_6.5rem] items-center gap-2">
            <span>
              {l.label}
              {level >= passLevel ? <span className="sr-only"> (passes)</span> : null}
            </span>
            <span className="h-4 rounded bg-muted">
              <span style={{ width: `${100 * share}%` }} className={`block h-4 rounded ${l.className}`} />
            </span>
            <span className="text-right tabular-nums">
              {counts[l.key]} ({Math.round(100 * share)}%)
            </span>
          </li>
        );
      })}
    </ul>
  );
}
