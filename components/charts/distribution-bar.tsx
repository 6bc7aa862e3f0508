// An interviewer's ratings by level as one stacked bar, with the legend that names its colours.
// No recharts: plain boxes, so the calibration page ships no chart library.

const PARTS = [
  { key: 0, label: "below L1", className: "bg-slate-400" },
  { key: 1, label: "L1", className: "bg-sky-500" },
  { key: 2, label: "L2", className: "bg-indigo-500" },
  { key: 3, label: "L3", className: "bg-purple-600" },
  { key: "notAssessed", label: "not assessed", className: "bg-slate-200 ring-1 ring-inset ring-slate-300" },
] as const;

export type Distribution = { 0: number; 1: number; 2: number; 3: number; notAssessed: number };

export function DistributionBar({ d }: { d: Distribution }) {
  const total = d[0] + d[1] + d[2] + d[3] + d.notAssessed || 1;
  return (
    <>
      <div className="flex h-3 w-48 overflow-hidden rounded" aria-hidden>
        {PARTS.map((p) => (
          <div key={p.key} style={{ width: `${(100 * d[p.key]) / total}%` }} className={p.className} />
        ))}
      </div>
      <span className="text-xs text-muted-foreground">{PARTS.map((p) => d[p.key]).join(" / ")}</span>
    </>
  );
}

export function DistributionLegend() {
  return (
    <ul
      aria-label="Colours of the distribution bars"
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground"
    >
      {PARTS.map((p) => (
        <li key={p.key} className="flex items-center gap-1.5">
          <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${p.className}`} />
          {p.label}
        </li>
      ))}
    </ul>
  );
}
