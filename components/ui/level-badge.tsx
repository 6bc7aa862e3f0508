import { clsx } from "clsx"; // joined: the classes never conflict, and the scorecard island needs no tailwind-merge

const STYLE = [
  "bg-slate-100 text-slate-700",
  "bg-sky-100 text-sky-800",
  "bg-indigo-100 text-indigo-800",
  "bg-purple-100 text-purple-800",
];

/** A target or rating on the 0-3 scale; 0 reads "—" for targets (not required). */
export function LevelBadge({ level, zeroLabel = "L0" }: { level: number | null; zeroLabel?: string }) {
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
