import { clsx } from "clsx"; // joined: the classes never conflict, and the scorecard island needs no tailwind-merge

const STYLE = [
  "bg-slate-100 text-slate-700",
  "bg-sky-100 text-sky-800",
  "bg-indigo-100 text-indigo-800",
  "bg-purple-100 text-purple-800",
];

/**
 * A target or rating on the 0-3 scale. A rating of 0 reads "Below L1", as the scorecard's choice
 * and the comparison's heat map name it (it read "L0" on the candidate page); targets pass "—"
 * or "not required".
 */
export function LevelBadge({ level, zeroLabel = "Below L1" }: { level: number | null; zeroLabel?: string }) {
  if (level == null) return <span className="text-xs text-muted-foreground">n/a</span>;
  return (
    <span
      className={clsx("inline-flex min-w-8 justify-center rounded px-1.5 py-0.5 text-xs font-semibold", STYLE[level])}
      title={level === 0 ? "Below Level 1 / not required" : `Level ${level}`}
    >
      {level === 0 ? zeroLabel : `L${level}`}
    </span>
  );
}
